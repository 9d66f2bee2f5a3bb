"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useReleaseLegalHold } from "@/lib/client/audit/use-release-legal-hold";

/** "Release", after a confirmation: the next retention run may purge what the hold kept. */
export function ReleaseHoldButton({ hold }: { hold: LegalHoldView }) {
  const [open, setOpen] = useState(false);
  const release = useReleaseLegalHold();
  const toast = useToast();

  async function confirm() {
    try {
      await release.mutateAsync(hold.id);
      toast.success("Legal hold released.");
      setOpen(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Release hold: ${hold.reason}`}>
          Release
        </Button>
      }
      open={open}
      onOpenChange={setOpen}
      title="Release this legal hold?"
      description={
        <>
          “{hold.reason}”. From the next retention run, events it kept are purged once they are due (unless
          another hold covers them). The hold stays on record as released; this cannot be undone.
        </>
      }
      confirmLabel="Release hold"
      pendingLabel="Releasing…"
      isPending={release.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
