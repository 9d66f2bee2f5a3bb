"use client";

import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateDetector } from "@/lib/client/privacy/use-update-detector";

/** Turns a custom detector on or off; shows the new state while it is saved. */
export function DetectorEnabledSwitch({ detector }: { detector: DetectorView }) {
  const update = useUpdateDetector();
  const toast = useToast();
  const checked = update.isPending
    ? (update.variables?.body.isEnabled ?? detector.isEnabled)
    : detector.isEnabled;

  async function setEnabled(isEnabled: boolean) {
    try {
      await update.mutateAsync({ id: detector.id, body: { isEnabled } });
      toast.success(isEnabled ? `${detector.name} now finds values.` : `${detector.name} is off.`);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Switch
      size="sm"
      checked={checked}
      disabled={update.isPending}
      aria-label={`${detector.name} enabled`}
      onCheckedChange={(next) => void setEnabled(next)}
    />
  );
}
