import { Link } from "@/components/ui/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { formatRate } from "@/lib/client/metrics/format-metric";
import type { AvailabilityRow } from "@/lib/metrics/dashboard-types";

const TONE: Record<string, BadgeTone> = {
  healthy: "success",
  closed: "success",
  degraded: "warning",
  half_open: "warning",
  down: "danger",
  open: "danger",
};

/** Every upstream's availability over the range (share of health checks that found it up). */
export function AvailabilityTable({ rows, queryString }: { rows: AvailabilityRow[]; queryString: string }) {
  return (
    <Panel className="overflow-hidden">
      <h2 className="px-4 pt-3 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Upstream availability
      </h2>
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-sm text-zinc-500 dark:text-zinc-400">
          No upstream servers are registered.
        </p>
      ) : (
        <Table label="Upstream availability">
          <TableHead>
            <tr>
              <Th>Server</Th>
              <Th className="text-right">Availability</Th>
              <Th>Health</Th>
              <Th>Breaker</Th>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <tr key={row.server}>
                <Td>
                  <Link
                    href={`/metrics/servers/${encodeURIComponent(row.server)}?${queryString}`}
                    className="text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    {row.name}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">
                  {row.availability === null ? "no checks" : formatRate(row.availability)}
                </Td>
                <Td>
                  <Badge tone={TONE[row.health] ?? "neutral"}>{row.health}</Badge>
                </Td>
                <Td>
                  <Badge tone={TONE[row.breaker] ?? "neutral"}>{row.breaker.replace("_", "-")}</Badge>
                </Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
