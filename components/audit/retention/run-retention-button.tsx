"use client";

import { Play } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import { useRunRetention } from "@/lib/client/audit/use-run-retention";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";

/** "Run retention now", after a confirmation: it purges whatever is due at once. */
export function RunRetentionButton() {
  const run = useRunRetention();
  const toast = useToast();

  async function confirm() {
    const { run: summary } = await run.mutateAsync();
    const purged = summary.classes.reduce((sum, c) => sum + c.purged, 0);
    toast.success(
      purged === 0
        ? "Retention ran: nothing was due."
        : `Retention ran: ${purged.toLocaleString()} events purged.`,
    );
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="secondary">
          <Play aria-hidden="true" />
          Run retention now
        </Button>
      }
      title="Run retention now?"
      description="Sealed events past their class's retention are purged now instead of at the next daily run: deleted, or stripped of their tool-call arguments. Events under an active legal hold are kept. Purged data cannot be restored."
      confirmLabel="Run retention"
      pendingLabel="Running…"
      isPending={run.isPending}
      onConfirm={confirm}
    />
  );
}
