"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import type { UserView } from "@/lib/users/user-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateUser } from "@/lib/client/users/use-update-user";

export type ToggleDisabledDialogProps = { user: UserView; onOpenChange: (open: boolean) => void };

/** Confirms disabling (or re-enabling) a user, naming them. */
export function ToggleDisabledDialog({ user, onOpenChange }: ToggleDisabledDialogProps) {
  const updateUser = useUpdateUser();
  const toast = useToast();
  const willDisable = !user.isDisabled;

  async function confirm() {
    try {
      await updateUser.mutateAsync({ id: user.id, body: { isDisabled: willDisable } });
      toast.success(willDisable ? `Disabled ${user.email}.` : `Enabled ${user.email}.`);
      onOpenChange(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title={willDisable ? `Disable ${user.email}?` : `Enable ${user.email}?`}
      description={
        willDisable
          ? "They are signed out everywhere and cannot sign in until an administrator enables them again."
          : "They can sign in again with their existing password and roles."
      }
      confirmLabel={willDisable ? "Disable user" : "Enable user"}
      pendingLabel={willDisable ? "Disabling…" : "Enabling…"}
      tone={willDisable ? "danger" : "primary"}
      isPending={updateUser.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
