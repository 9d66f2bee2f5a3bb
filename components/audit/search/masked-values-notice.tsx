"use client";

import { Eye, EyeOff } from "lucide-react";
import { RevealEventDialog } from "@/components/audit/search/reveal-event-dialog";
import { Button } from "@/components/ui/button";
import type { AuditEventView } from "@/lib/audit/event-view";
import { useCan } from "@/lib/client/me/use-can";

export type MaskedValuesNoticeProps = {
  eventId: number;
  isRevealed: boolean;
  onRevealed: (event: AuditEventView) => void;
  onHide: () => void;
};

/**
 * Above a masked event: says personal values are masked and, for privacy:reveal holders, offers
 * to reveal them; once revealed, says so plainly and offers to mask them again.
 */
export function MaskedValuesNotice({ eventId, isRevealed, onRevealed, onHide }: MaskedValuesNoticeProps) {
  const canReveal = useCan("privacy:reveal");

  if (isRevealed)
    return (
      <div
        role="status"
        className="mb-4 flex flex-wrap items-start justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
      >
        <p className="flex min-w-0 gap-2">
          <Eye className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>
            <span className="font-semibold">Revealed.</span> Personal values below are unmasked. Your reveal
            and its reason were recorded in the audit trail.
          </span>
        </p>
        <Button variant="secondary" size="sm" onClick={onHide}>
          <EyeOff aria-hidden="true" />
          Mask again
        </Button>
      </div>
    );

  return (
    <div
      role="note"
      className="mb-4 flex flex-wrap items-start justify-between gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-950/60 dark:text-zinc-300"
    >
      <p className="flex min-w-0 gap-2">
        <EyeOff className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        <span>
          <span className="font-semibold">Personal values are masked.</span>{" "}
          {canReveal
            ? "You may reveal them with a reason; each reveal is audited."
            : "People holding privacy:reveal can show them, with a reason that is audited."}
        </span>
      </p>
      {canReveal ? <RevealEventDialog eventId={eventId} onRevealed={onRevealed} /> : null}
    </div>
  );
}
