"use client";

import { Trash2 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { useToast } from "@/components/ui/toast-context";
import { purposeDeleteBlocker } from "@/lib/client/privacy/purpose-delete-blocker";
import { useDeletePurpose } from "@/lib/client/privacy/use-delete-purpose";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";

/** Delete a custom purpose nobody has a record for; otherwise a disabled button that says why. */
export function DeletePurposeButton({ purpose }: { purpose: PurposeView }) {
  const deletePurpose = useDeletePurpose();
  const toast = useToast();
  const reasonId = useId();
  const blocker = purposeDeleteBlocker(purpose);

  if (blocker) {
    return (
      // A disabled button gets no pointer events: the tooltip sits on the wrapper.
      <span title={blocker} className="inline-flex">
        <Button
          variant="ghost-danger"
          size="sm"
          aria-label={`Delete ${purpose.name}`}
          aria-describedby={reasonId}
          disabled
        >
          <Trash2 aria-hidden="true" />
        </Button>
        <span id={reasonId} className="sr-only">
          {blocker}
        </span>
      </span>
    );
  }

  async function confirm() {
    await deletePurpose.mutateAsync(purpose.key);
    toast.success(`Deleted purpose ${purpose.key}.`);
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="ghost-danger" size="sm" aria-label={`Delete ${purpose.name}`} title="Delete">
          <Trash2 aria-hidden="true" />
        </Button>
      }
      title={`Delete purpose ${purpose.key}?`}
      description="No consent record names it. Tools that still declare it will need it again before their calls pass. This cannot be undone."
      confirmLabel="Delete purpose"
      pendingLabel="Deleting…"
      isPending={deletePurpose.isPending}
      onConfirm={confirm}
    />
  );
}
