"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { useToast } from "@/components/ui/toast-context";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { useDeleteDetector } from "@/lib/client/privacy/use-delete-detector";

/** Delete a custom detector, after a confirmation naming it. */
export function DeleteDetectorButton({ detector }: { detector: DetectorView }) {
  const remove = useDeleteDetector();
  const toast = useToast();

  async function confirm() {
    await remove.mutateAsync(detector.id);
    toast.success(`Deleted detector ${detector.name}.`);
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="ghost-danger" size="sm" aria-label={`Delete ${detector.name}`} title="Delete">
          <Trash2 aria-hidden="true" />
        </Button>
      }
      title={`Delete ${detector.name}?`}
      description="Its values are no longer found, so policies stop masking them from the next call. Policies that named only this detector then mask nothing."
      confirmLabel="Delete detector"
      pendingLabel="Deleting…"
      isPending={remove.isPending}
      onConfirm={confirm}
    />
  );
}
