"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { SecretValue } from "@/components/ui/secret-value";
import { useToast } from "@/components/ui/toast-context";
import type { UserView } from "@/lib/users/user-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useResetPassword } from "@/lib/client/users/use-reset-password";

export type ResetPasswordDialogProps = { user: UserView; onOpenChange: (open: boolean) => void };

/** Confirms, resets, then shows the generated temporary password once. */
export function ResetPasswordDialog({ user, onOpenChange }: ResetPasswordDialogProps) {
  const reset = useResetPassword();
  const toast = useToast();

  async function confirm() {
    try {
      const { temporaryPassword } = await reset.mutateAsync(user.id);
      toast.success(`Reset the password of ${user.email}.`);
      if (!temporaryPassword) onOpenChange(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  const temporaryPassword = reset.data?.temporaryPassword;
  if (temporaryPassword) {
    return (
      <Dialog open onOpenChange={onOpenChange}>
        <DialogContent
          title="Temporary password"
          description={
            <>
              Give this password to <strong className="font-medium break-all">{user.email}</strong> privately.
            </>
          }
        >
          <SecretValue
            label="Temporary password"
            value={temporaryPassword}
            warning="This password is shown only once. Copy it now; if it is lost, reset the password again."
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title={`Reset the password of ${user.email}?`}
      description="Their current password stops working and they are signed out. A temporary password is generated and shown to you once."
      confirmLabel="Reset password"
      pendingLabel="Resetting…"
      isPending={reset.isPending}
      onConfirm={() => void confirm()}
    />
  );
}
