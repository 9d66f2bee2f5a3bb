"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

export type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  tone?: "primary" | "danger";
  onConfirm: () => void;
  /** The button that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
};

/** "Are you sure?" for one action, with a pending state on the confirm button. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    onOpenChange,
    title,
    description,
    confirmLabel,
    pendingLabel,
    isPending,
    tone = "danger",
    onConfirm,
    trigger,
  } = props;
  return (
    <Dialog open={open} onOpenChange={(next) => !isPending && onOpenChange(next)}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent title={title} description={description} role="alertdialog">
        <DialogFormFooter
          submitLabel={confirmLabel}
          pendingLabel={pendingLabel}
          isPending={isPending}
          tone={tone}
          onConfirm={onConfirm}
        />
      </DialogContent>
    </Dialog>
  );
}
