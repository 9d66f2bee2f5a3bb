"use client";

import { Ban, CircleCheck, KeyRound, MoreHorizontal, ShieldCheck } from "lucide-react";
import { useRef, useState } from "react";
import { EditRolesDialog } from "@/components/users/edit-roles-dialog";
import { ResetPasswordDialog } from "@/components/users/reset-password-dialog";
import { ToggleDisabledDialog } from "@/components/users/toggle-disabled-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { UserView } from "@/lib/users/user-view-type";

type OpenDialog = "roles" | "toggle" | "reset" | null;

/** The per-user menu; each item opens its own dialog. */
export function UserActions({ user }: { user: UserView }) {
  const [open, setOpen] = useState<OpenDialog>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  // The dialogs have no trigger of their own: give focus back to this row's menu button.
  const close = (isOpen: boolean) => {
    if (isOpen) return;
    setOpen(null);
    requestAnimationFrame(() => triggerRef.current?.focus());
  };

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button ref={triggerRef} variant="ghost" size="sm" aria-label={`Actions for ${user.email}`}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setOpen("roles")}>
            <ShieldCheck aria-hidden="true" /> Edit roles
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen("reset")}>
            <KeyRound aria-hidden="true" /> Reset password
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen("toggle")} tone={user.isDisabled ? "default" : "danger"}>
            {user.isDisabled ? <CircleCheck aria-hidden="true" /> : <Ban aria-hidden="true" />}
            {user.isDisabled ? "Enable" : "Disable"}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === "roles" ? <EditRolesDialog user={user} onOpenChange={close} /> : null}
      {open === "toggle" ? <ToggleDisabledDialog user={user} onOpenChange={close} /> : null}
      {open === "reset" ? <ResetPasswordDialog user={user} onOpenChange={close} /> : null}
    </>
  );
}
