import { Link } from "@/components/ui/link";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { formatCount, formatMs, formatRate } from "@/lib/client/metrics/format-metric";
import type { TopRow } from "@/lib/metrics/dashboard-types";

export type TopColumn = "calls" | "errors" | "errorRate" | "p95" | "denied" | "rateLimited";

const HEADINGS: Record<TopColumn, string> = {
  calls: "Calls",
  errors: "Errors",
  errorRate: "Error rate",
  p95: "p95",
  denied: "Denied",
  rateLimited: "Rate-limited",
};

function cell(row: TopRow, column: TopColumn): string {
  if (column === "errorRate") return formatRate(row.errorRate);
  if (column === "p95") return formatMs(row.p95);
  return formatCount(row[column]);
}

export type TopTableProps = {
  title: string;
  rows: TopRow[];
  columns: TopColumn[];
  empty: string;
  /** where a row's name leads (the tool's dashboard) */
  hrefOf?: (row: TopRow) => string;
  /** the audit trail with the row's calls */
  auditHrefOf: (row: TopRow) => string;
  note?: string;
};

/** A ranked table; every row opens its calls in the audit trail. */
export function TopTable({ title, rows, columns, empty, hrefOf, auditHrefOf, note }: TopTableProps) {
  return (
    <Panel className="overflow-hidden">
      <h2 className="px-4 pt-3 text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</h2>
      {note && <p className="px-4 text-xs text-zinc-500 dark:text-zinc-400">{note}</p>}
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-zinc-500 dark:text-zinc-400">{empty}</p>
      ) : (
        <Table label={title}>
          <TableHead>
            <tr>
              <Th>{rows[0].keyId ? "API key" : "Tool"}</Th>
              {columns.map((c) => (
                <Th key={c} className="text-right">
                  {HEADINGS[c]}
                </Th>
              ))}
              <Th className="sr-only">Audit trail</Th>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const name = row.keyId ? (row.keyName ?? row.keyId) : `${row.server}/${row.tool}`;
              return (
                <tr key={row.keyId ?? name}>
                  <Td className="max-w-56 truncate font-mono text-xs">
                    {hrefOf ? (
                      <Link
                        href={hrefOf(row)}
                        className="text-indigo-700 hover:underline dark:text-indigo-300"
                      >
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </Td>
                  {columns.map((c) => (
                    <Td key={c} className="text-right tabular-nums">
                      {cell(row, c)}
                    </Td>
                  ))}
                  <Td className="text-right">
                    <Link
                      href={auditHrefOf(row)}
                      className="text-xs text-zinc-600 hover:underline dark:text-zinc-400"
                    >
                      Audit
                    </Link>
                  </Td>
                </tr>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
