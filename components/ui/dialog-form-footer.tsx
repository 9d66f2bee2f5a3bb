"use client";

import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";

export type DialogFormFooterProps = {
  submitLabel: string;
  /** Replaces the submit label while the request runs. */
  pendingLabel: string;
  /** Both buttons are disabled while the request runs, so the dialog cannot be left half-done. */
  isPending: boolean;
  cancelLabel?: string;
  tone?: "primary" | "danger";
  /** For a footer that is not inside a form: the main button runs this instead of submitting. */
  onConfirm?: () => void;
};

/** A dialog's Cancel (closes it) and its main button, with the pending label and disabled states. */
export function DialogFormFooter({
  submitLabel,
  pendingLabel,
  isPending,
  cancelLabel = "Cancel",
  tone = "primary",
  onConfirm,
}: DialogFormFooterProps) {
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button variant="secondary" disabled={isPending}>
          {cancelLabel}
        </Button>
      </DialogClose>
      <Button type={onConfirm ? "button" : "submit"} variant={tone} onClick={onConfirm} disabled={isPending}>
        {isPending ? pendingLabel : submitLabel}
      </Button>
    </DialogFooter>
  );
}
