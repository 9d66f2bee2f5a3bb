"use client";

import { useState, type FormEvent } from "react";
import { RolePicker } from "@/components/console/role-picker";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast-context";
import { ApiError } from "@/lib/client/api-error";
import type { UserView } from "@/lib/users/user-view-type";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useUpdateUser } from "@/lib/client/users/use-update-user";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

export type EditRolesDialogProps = { user: UserView; onOpenChange: (open: boolean) => void };

export function EditRolesDialog({ user, onOpenChange }: EditRolesDialogProps) {
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [error, setError] = useState<string | undefined>();
  const updateUser = useUpdateUser();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (roles.length === 0) return setError("A user needs at least one role");
    setError(undefined);
    try {
      await updateUser.mutateAsync({ id: user.id, body: { roles } });
      toast.success(`Updated the roles of ${user.email}.`);
      onOpenChange(false);
    } catch (cause) {
      const fieldError = cause instanceof ApiError ? cause.fieldError("roles") : undefined;
      if (fieldError) setError(fieldError);
      else toastApiError(toast, cause);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !updateUser.isPending && onOpenChange(open)}>
      <DialogContent
        title="Edit roles"
        description={
          <>
            Choose the roles for <strong className="font-medium break-all">{user.email}</strong>.
          </>
        }
      >
        <form onSubmit={onSubmit}>
          <RolePicker
            id="edit-roles"
            value={roles}
            onChange={setRoles}
            error={error}
            disabled={updateUser.isPending}
          />
          <DialogFormFooter
            submitLabel="Save roles"
            pendingLabel="Saving…"
            isPending={updateUser.isPending}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
