"use client";

import { Switch } from "@/components/ui/switch";
import { useToast } from "@/components/ui/toast-context";
import { toastApiError } from "@/lib/client/toast-api-error";

export type EnabledSwitchProps = {
  /** What is switched, for the accessible name ("<label> enabled") */
  label: string;
  isEnabled: boolean;
  /** The value being saved, while a save runs: shown instead of the stored one */
  saving: { isPending: boolean; value: boolean | undefined };
  save: (isEnabled: boolean) => Promise<unknown>;
  successMessage: (isEnabled: boolean) => string;
  size?: "sm" | "md";
};

/** An on/off switch that saves at once, shows the new state while it is saved, and toasts the outcome. */
export function EnabledSwitch({
  label,
  isEnabled,
  saving,
  save,
  successMessage,
  size = "sm",
}: EnabledSwitchProps) {
  const toast = useToast();
  const checked = saving.isPending ? (saving.value ?? isEnabled) : isEnabled;

  async function setEnabled(next: boolean) {
    try {
      await save(next);
      toast.success(successMessage(next));
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Switch
      size={size}
      checked={checked}
      disabled={saving.isPending}
      aria-label={`${label} enabled`}
      onCheckedChange={(next) => void setEnabled(next)}
    />
  );
}
