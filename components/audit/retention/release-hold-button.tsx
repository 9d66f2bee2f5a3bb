"use client";

import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";
import { useReleaseLegalHold } from "@/lib/client/audit/use-release-legal-hold";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";

/** "Release", after a confirmation: the next retention run may purge what the hold kept. */
export function ReleaseHoldButton({ hold }: { hold: LegalHoldView }) {
  const release = useReleaseLegalHold();
  const toast = useToast();

  async function confirm() {
    await release.mutateAsync(hold.id);
    toast.success("Legal hold released.");
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Release hold: ${hold.reason}`}>
          Release
        </Button>
      }
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
      onConfirm={confirm}
    />
  );
}
