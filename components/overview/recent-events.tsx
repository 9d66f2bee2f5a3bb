import { ScrollText } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/table";
import { Timestamp } from "@/components/ui/timestamp";
import type { RecentEvent } from "@/lib/client/overview/use-overview";

const resultTone: Record<string, BadgeTone> = {
  success: "success",
  denied: "warning",
  failure: "danger",
  error: "danger",
};
const muted = <span className="text-zinc-400 dark:text-zinc-500">—</span>;

/** The latest audit events, newest first; actor and target are stored text, rendered as text. */
export function RecentEvents({ events }: { events: readonly RecentEvent[] }) {
  return (
    <Panel className="overflow-hidden">
      <section aria-labelledby="overview-events">
        <header className="border-b border-zinc-100 px-5 py-3.5 dark:border-zinc-800">
          <h2 id="overview-events" className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
            Recent audit events
          </h2>
          <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
            The latest {events.length || ""} entries of the audit trail, newest first.
          </p>
        </header>
        {events.length === 0 ? (
          <EmptyState icon={ScrollText} title="No audit events yet">
            Sign-ins, changes and gateway calls are recorded here as they happen.
          </EmptyState>
        ) : (
          <Table label="Recent audit events">
            <TableHead>
              <tr>
                <Th>Time</Th>
                <Th>Category</Th>
                <Th>Action</Th>
                <Th>Result</Th>
                <Th>Actor</Th>
                <Th>Target</Th>
              </tr>
            </TableHead>
            <TableBody>
              {events.map((e) => (
                <tr key={e.id}>
                  <Td className="whitespace-nowrap">
                    <Timestamp iso={e.createdAt} />
                  </Td>
                  <Td>{e.category}</Td>
                  <Td className="font-mono text-xs">{e.action}</Td>
                  <Td>
                    <Badge tone={resultTone[e.result] ?? "neutral"}>{e.result}</Badge>
                  </Td>
                  <Td className="max-w-64 min-w-44 [overflow-wrap:anywhere]">{e.actor ?? muted}</Td>
                  <Td className="max-w-64 min-w-40 font-mono text-xs [overflow-wrap:anywhere]">
                    {e.target ?? muted}
                  </Td>
                </tr>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </Panel>
  );
}
