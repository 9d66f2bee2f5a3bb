import { TriangleAlert } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";

export type SecretValueProps = {
  label: string;
  value: string;
  /** Why the value will not be shown again. */
  warning: string;
};

/** A one-time secret: monospaced, selectable, with a copy button and a warning. */
export function SecretValue({ label, value, warning }: SecretValueProps) {
  return (
    <div className="space-y-3">
      <div
        role="note"
        className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
      >
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        <p>{warning}</p>
      </div>
      <div>
        <p className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">{label}</p>
        <div className="flex items-center gap-2">
          <code
            data-testid="secret-value"
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-sm break-all select-all dark:border-zinc-700 dark:bg-zinc-950"
          >
            {value}
          </code>
          <CopyButton value={value} />
        </div>
      </div>
    </div>
  );
}
