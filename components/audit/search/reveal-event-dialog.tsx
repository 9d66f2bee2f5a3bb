"use client";

import { Eye } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { RevealReasonField } from "@/components/privacy/reveal/reveal-reason-field";
import { useToast } from "@/components/ui/toast-context";
import type { AuditEventView } from "@/lib/audit/event-view";
import { revealReasonSchema } from "@/lib/privacy/policies/schemas";
import { ApiError } from "@/lib/client/api-error";
import { useRevealAuditEvent } from "@/lib/client/privacy/use-reveal-audit-event";
import { toastApiError } from "@/lib/client/toast-api-error";

/** "Reveal": asks why, then hands back the event with its personal values unmasked. */
export function RevealEventDialog({
  eventId,
  onRevealed,
}: {
  eventId: number;
  onRevealed: (event: AuditEventView) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reveal = useRevealAuditEvent();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = revealReasonSchema.safeParse({ reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    try {
      const { event: revealed } = await reveal.mutateAsync({ id: eventId, reason: parsed.data.reason });
      setOpen(false);
      setReason("");
      onRevealed(revealed);
    } catch (cause) {
      const fieldError = cause instanceof ApiError ? cause.fieldError("reason") : undefined;
      if (fieldError) setError(fieldError);
      else toastApiError(toast, cause);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !reveal.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Eye aria-hidden="true" />
          Reveal
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Reveal personal values"
        description="The unmasked values are shown to you only, in this panel. The reveal is itself an audit event, with your name and this reason."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <RevealReasonField
            id="reveal-reason"
            value={reason}
            onChange={(next) => {
              setReason(next);
              setError(undefined);
            }}
            error={error}
            disabled={reveal.isPending}
          />
          <DialogFormFooter submitLabel="Reveal" pendingLabel="Revealing…" isPending={reveal.isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
