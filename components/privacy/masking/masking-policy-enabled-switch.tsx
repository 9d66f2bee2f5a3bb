"use client";

import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateMaskingPolicy } from "@/lib/client/privacy/use-update-masking-policy";

/** Turns a policy on or off from the next call; shows the new state while it is saved. */
export function MaskingPolicyEnabledSwitch({ policy }: { policy: MaskingPolicyView }) {
  const update = useUpdateMaskingPolicy();
  const toast = useToast();
  const checked = update.isPending
    ? (update.variables?.body.isEnabled ?? policy.isEnabled)
    : policy.isEnabled;

  async function setEnabled(isEnabled: boolean) {
    try {
      await update.mutateAsync({ id: policy.id, body: { isEnabled } });
      toast.success(isEnabled ? `${policy.name} applies from the next call.` : `${policy.name} is off.`);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Switch
      size="sm"
      checked={checked}
      disabled={update.isPending}
      aria-label={`${policy.name} enabled`}
      onCheckedChange={(next) => void setEnabled(next)}
    />
  );
}
