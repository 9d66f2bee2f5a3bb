"use client";

import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { useToast } from "@/components/ui/toast-context";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { useDeleteMaskingPolicy } from "@/lib/client/privacy/use-delete-masking-policy";

/** Delete a policy, after a confirmation saying what changes. */
export function DeleteMaskingPolicyButton({ policy }: { policy: MaskingPolicyView }) {
  const remove = useDeleteMaskingPolicy();
  const toast = useToast();

  async function confirm() {
    await remove.mutateAsync(policy.id);
    toast.success(`Deleted policy ${policy.name}.`);
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="ghost-danger" size="sm" aria-label={`Delete ${policy.name}`} title="Delete">
          <Trash2 aria-hidden="true" />
        </Button>
      }
      title={`Delete ${policy.name}?`}
      description="From the next call, the next most specific policy applies to these tools and callers; where none is left, personal values pass unmasked."
      confirmLabel="Delete policy"
      pendingLabel="Deleting…"
      isPending={remove.isPending}
      onConfirm={confirm}
    />
  );
}
