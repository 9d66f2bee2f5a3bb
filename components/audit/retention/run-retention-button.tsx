"use client";

import { Play } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useRunRetention } from "@/lib/client/audit/use-run-retention";

/** "Run retention now", after a confirmation: it purges whatever is due at once. */
export function RunRetentionButton() {
  const [open, setOpen] = useState(false);
  const run = useRunRetention();
  const toast = useToast();

  async function confirm() {
    try {
      const { run: summary } = await run.mutateAsync();
      const purged = summary.classes.reduce((sum, c) => sum + c.purged, 0);
      toast.success(
        purged === 0
          ? "Retention ran: nothing was due."
          : `Retention ran: ${purged.toLocaleString()} events purged.`,
      );
      setOpen(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary">
          <Play aria-hidden="true" />
          Run retention now
        </Button>
      }
      open={open}
      onOpenChange={setOpen}
      title="Run retention now?"
      description="Sealed events past their class's retention are purged now instead of at the next daily run: deleted, or stripped of their tool-call arguments. Events under an active legal hold are kept. Purged data cannot be restored."
      confirmLabel="Run retention"
      pendingLabel="Running…"
      isPending={run.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
