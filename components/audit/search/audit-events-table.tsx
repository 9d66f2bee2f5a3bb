"use client";

import { ScrollText } from "lucide-react";
import type { ReactNode } from "react";
import { AuditEventRow } from "@/components/audit/search/audit-event-row";
import type { FacetIndex } from "@/lib/client/audit/audit-names";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { AuditEventView } from "@/lib/audit/event-view";

export type AuditEventsTableProps = {
  events: AuditEventView[] | undefined;
  names: FacetIndex;
  isFiltered: boolean;
  /** Older rows are on screen while a refined search loads. */
  isStale: boolean;
  openEventId: string | null;
  onOpen: (id: number) => void;
  onClearFilters: () => void;
  /** Shown instead of the rows when the search failed. */
  error?: ReactNode;
};

export function AuditEventsTable({
  events,
  names,
  isFiltered,
  isStale,
  openEventId,
  onOpen,
  onClearFilters,
  error,
}: AuditEventsTableProps) {
  return (
    <Panel className={isStale ? "overflow-hidden opacity-60 transition-opacity" : "overflow-hidden"}>
      {error ? (
        <div className="p-4">{error}</div>
      ) : events === undefined ? (
        <TableSkeleton rows={8} />
      ) : events.length === 0 ? (
        isFiltered ? (
          <EmptyState
            icon={ScrollText}
            title="No events match these filters"
            action={
              <Button variant="secondary" onClick={onClearFilters}>
                Clear filters
              </Button>
            }
          >
            Widen the time range, or remove a filter.
          </EmptyState>
        ) : (
          <EmptyState icon={ScrollText} title="No events yet">
            Sign-ins, changes and gateway calls are recorded here as they happen.
          </EmptyState>
        )
      ) : (
        <Table label="Audit events">
          <TableHead>
            <tr>
              <Th>Time</Th>
              <Th>Category</Th>
              <Th>Action</Th>
              <Th>Result</Th>
              <Th>Actor</Th>
              <Th>Tool or target</Th>
            </tr>
          </TableHead>
          <TableBody>
            {events.map((event) => (
              <AuditEventRow
                key={event.id}
                event={event}
                names={names}
                isOpen={openEventId === String(event.id)}
                onOpen={onOpen}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
