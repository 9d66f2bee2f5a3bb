"use client";

import { useState } from "react";
import { AuditEventDetails } from "@/components/audit/search/audit-event-details";
import { MaskedValuesNotice } from "@/components/audit/search/masked-values-notice";
import type { FacetIndex } from "@/lib/client/audit/audit-names";
import { AuditSheet } from "@/components/audit/search/audit-sheet";
import { useAuditEvent } from "@/lib/client/audit/use-audit-event";
import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import type { AuditEventView } from "@/lib/audit/event-view";
import { ApiError } from "@/lib/client/api-error";
import { isMaskedEvent } from "@/lib/client/privacy/privacy-of-view";

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
  // The unmasked event lives here only (not in the query cache): gone on close or another event.
  const [revealed, setRevealed] = useState<AuditEventView | null>(null);
  const [revealedFor, setRevealedFor] = useState(eventId);
  if (revealedFor !== eventId) {
    setRevealedFor(eventId);
    setRevealed(null);
  }
  const shown = revealed && event.data && revealed.id === event.data.id ? revealed : event.data;
  const isRevealed = shown !== undefined && shown === revealed;
  const title = eventId ? `Event ${eventId}` : "Event";
  const description = event.data ? `${event.data.category} · ${event.data.action}` : undefined;

  return (
    <AuditSheet
      isOpen={eventId !== null}
      onClose={() => {
        setRevealed(null);
        onClose();
      }}
      title={title}
      description={description}
    >
      {shown ? (
        <>
          {isRevealed || isMaskedEvent(shown) ? (
            <MaskedValuesNotice
              eventId={shown.id}
              isRevealed={isRevealed}
              onRevealed={setRevealed}
              onHide={() => setRevealed(null)}
            />
          ) : null}
          <AuditEventDetails event={shown} names={names} {...links} />
        </>
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
