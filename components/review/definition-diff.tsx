import { cn } from "@/lib/client/cn";
import {
  countChanges,
  diffLines,
  toDiffLines,
  toSideBySide,
  type DiffCell,
} from "@/lib/client/tools/tool-diff";

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  description: "Description",
  inputSchema: "Input schema",
  outputSchema: "Output schema",
  annotations: "Annotations",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

function Cell({ cell, side }: { cell: DiffCell | null; side: "before" | "after" }) {
  const tone =
    cell?.type === "removed"
      ? "bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-200"
      : cell?.type === "added"
        ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200"
        : cell
          ? "text-zinc-800 dark:text-zinc-200"
          : "bg-zinc-50 dark:bg-zinc-900/60";
  const marker = cell?.type === "removed" ? "−" : cell?.type === "added" ? "+" : " ";
  return (
    <>
      <td
        className={cn(
          "w-10 border-r border-zinc-200 px-2 text-right align-top font-mono text-[11px] text-zinc-400 select-none dark:border-zinc-800",
          tone,
          side === "after" && "border-l",
        )}
        aria-hidden="true"
      >
        {cell?.no ?? ""}
      </td>
      <td
        className={cn(
          "px-2 align-top font-mono text-xs leading-5 whitespace-pre-wrap [overflow-wrap:anywhere]",
          tone,
        )}
        data-diff={cell?.type ?? "empty"}
      >
        {cell ? (
          <>
            <span aria-hidden="true" className="mr-1.5 select-none opacity-60">
              {marker}
            </span>
            {cell.type !== "same" ? (
              <span className="sr-only">{cell.type === "added" ? "Added: " : "Removed: "}</span>
            ) : null}
            {cell.text}
          </>
        ) : null}
      </td>
    </>
  );
}

export type DefinitionDiffProps = { field: string; before: unknown; after: unknown };

/** One changed field, before | after, line by line; text from the upstream is rendered as text. */
export function DefinitionDiff({ field, before, after }: DefinitionDiffProps) {
  const lines = diffLines(toDiffLines(before), toDiffLines(after));
  const rows = toSideBySide(lines);
  const { added, removed } = countChanges(lines);
  const label = fieldLabel(field);
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <h4 className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{label}</h4>
        <p className="font-mono text-xs">
          <span className="text-emerald-700 dark:text-emerald-400">+{added}</span>{" "}
          <span className="text-red-700 dark:text-red-400">−{removed}</span>
          <span className="sr-only"> lines</span>
        </p>
      </div>
      <div className="overflow-hidden rounded-md border border-zinc-200 dark:border-zinc-800">
        <table
          aria-label={`Changes to the ${label.toLowerCase()}`}
          className="w-full table-fixed border-collapse"
        >
          <colgroup>
            <col className="w-10" />
            <col />
            <col className="w-10" />
            <col />
          </colgroup>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" colSpan={2} className="px-2 py-1.5">
                Before (approved)
              </th>
              <th
                scope="col"
                colSpan={2}
                className="border-l border-zinc-200 px-2 py-1.5 dark:border-zinc-800"
              >
                After (reported now)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-2 py-2 text-xs text-zinc-500 dark:text-zinc-400">
                  Both empty.
                </td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={i}>
                  <Cell cell={row.left} side="before" />
                  <Cell cell={row.right} side="after" />
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
