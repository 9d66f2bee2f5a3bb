"use client";

import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast-context";
import type { RoleView } from "@/lib/roles/role-view-type";
import { useDeleteRole } from "@/lib/client/roles/use-delete-role";
import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";

export type DeleteRoleButtonProps = {
  role: RoleView;
  /** Where to go once the role is gone (the role's own page no longer exists). */
  onDeleted?: () => void;
  /** An icon-only button, for table rows. */
  isCompact?: boolean;
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Delete a custom role, after a confirmation naming it and the users who lose it. */
export function DeleteRoleButton({ role, onDeleted, isCompact = false }: DeleteRoleButtonProps) {
  const [open, setOpen] = useState(false);
  const deleteRole = useDeleteRole();
  const toast = useToast();
  const trigger = isCompact ? (
    <Button variant="ghost-danger" size="sm" aria-label={`Delete ${role.name}`} title="Delete">
      <Trash2 aria-hidden="true" />
    </Button>
  ) : (
    <Button
      variant="secondary"
      className="text-red-700! dark:text-red-400!"
      aria-label={`Delete ${role.name}`}
    >
      <Trash2 aria-hidden="true" />
      Delete
    </Button>
  );

  async function confirm() {
    await deleteRole.mutateAsync(role.name);
    toast.success(`Deleted role ${role.name}.`);
  }

  // The server refuses while API keys hold the role (even revoked ones): say so instead of offering a doomed delete.
  if (role.keyCount > 0) {
    return (
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>{trigger}</DialogTrigger>
        <DialogContent title={`${role.name} cannot be deleted yet`} role="alertdialog">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {plural(role.keyCount, "API key holds", "API keys hold")} this role. Keys keep their roles for the
            audit trail, so a role held by a key cannot be deleted. Remove the tool grants and capabilities
            instead to take its access away.
          </p>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Close</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <ConfirmMutationButton
      trigger={trigger}
      title={`Delete role ${role.name}?`}
      description={
        role.userCount > 0
          ? `${plural(role.userCount, "user loses", "users lose")} this role and the access it gives them. Roles that inherit from ${role.name} stop inheriting. This cannot be undone.`
          : `No user holds ${role.name}. Roles that inherit from it stop inheriting. This cannot be undone.`
      }
      confirmLabel={`Delete ${role.name}`}
      pendingLabel="Deleting…"
      isPending={deleteRole.isPending}
      onConfirm={confirm}
      onDone={onDeleted}
    />
  );
}
