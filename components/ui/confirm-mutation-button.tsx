"use client";

import { useState, type ReactNode } from "react";
import { ConfirmDialog, type ConfirmDialogProps } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast-context";
import { toastApiError } from "@/lib/client/toast-api-error";

export type ConfirmMutationButtonProps = Pick<
  ConfirmDialogProps,
  "title" | "description" | "confirmLabel" | "pendingLabel" | "isPending" | "tone"
> & {
  /** The button that opens the confirmation; focus returns to it on close. */
  trigger: ReactNode;
  /**
   * Runs the mutation and says it worked (a success toast). When it throws, the error is toasted and
   * the dialog stays open so the person can retry or cancel.
   */
  onConfirm: () => Promise<void>;
  /** After a success, once the dialog has closed (for example to leave a page that no longer exists). */
  onDone?: () => void;
};

/** A button that asks "are you sure?" in a dialog, then runs one mutation with a pending state. */
export function ConfirmMutationButton({ trigger, onConfirm, onDone, ...dialog }: ConfirmMutationButtonProps) {
  const [open, setOpen] = useState(false);
  const toast = useToast();

  async function confirm() {
    try {
      await onConfirm();
      setOpen(false);
      onDone?.();
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <ConfirmDialog
      {...dialog}
      trigger={trigger}
      open={open}
      onOpenChange={setOpen}
      onConfirm={() => void confirm()}
    />
  );
}
