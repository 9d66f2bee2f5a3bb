"use client";

import { AuditEventDetails } from "@/components/audit/search/audit-event-details";
import type { FacetIndex } from "@/lib/client/audit/audit-names";
import { AuditSheet } from "@/components/audit/search/audit-sheet";
import { useAuditEvent } from "@/lib/client/audit/use-audit-event";
import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import type { AuditEventView } from "@/lib/audit/event-view";
import { ApiError } from "@/lib/client/api-error";

export type AuditEventPanelProps = {
  eventId: string | null;
  /** The row on screen, shown at once while the event loads. */
  initial: AuditEventView | undefined;
  names: FacetIndex;
  onClose: () => void;
  onShowCorrelation: (correlationId: string) => void;
  onShowActor: (actorId: string) => void;
};

/** The side panel for the event named in the URL (?event=<id>). */
export function AuditEventPanel({ eventId, initial, names, onClose, ...links }: AuditEventPanelProps) {
  const event = useAuditEvent(eventId, initial);
  const title = eventId ? `Event ${eventId}` : "Event";
  const description = event.data ? `${event.data.category} · ${event.data.action}` : undefined;

  return (
    <AuditSheet isOpen={eventId !== null} onClose={onClose} title={title} description={description}>
      {event.data ? (
        <AuditEventDetails event={event.data} names={names} {...links} />
      ) : event.isError ? (
        event.error instanceof ApiError && event.error.status === 404 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            There is no event {eventId}. It may have been purged by retention.
          </p>
        ) : (
          <LoadError error={event.error} onRetry={() => void event.refetch()} />
        )
      ) : (
        <TableSkeleton rows={8} />
      )}
    </AuditSheet>
  );
}
