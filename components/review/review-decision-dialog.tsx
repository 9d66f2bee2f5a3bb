"use client";

import { useState, type FormEvent } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast-context";
import { toastApiError } from "@/lib/client/toast-api-error";
import { useReviewTool, type ReviewDecision } from "@/lib/client/tools/use-review-tool";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

export type ReviewDecisionDialogProps = {
  tool: { id: string; exposedName: string };
  hash: string;
  decision: ReviewDecision;
  onOpenChange: (open: boolean) => void;
};

const COPY = {
  approve: {
    title: (name: string) => `Approve the new definition of ${name}?`,
    description:
      "Agents see the tool again, as the upstream describes it now. The decision and your note are audited.",
    confirm: "Approve",
    pending: "Approving…",
    done: (name: string) => `Approved ${name}: agents see the new definition.`,
  },
  reject: {
    title: (name: string) => `Reject the new definition of ${name}?`,
    description:
      "The tool stays hidden from agents until the upstream reports a definition that is approved. The decision and your note are audited.",
    confirm: "Reject",
    pending: "Rejecting…",
    done: (name: string) => `Rejected the change to ${name}: it stays hidden from agents.`,
  },
} as const;

/** Confirms a review decision, with an optional note for the audit trail. */
export function ReviewDecisionDialog({ tool, hash, decision, onOpenChange }: ReviewDecisionDialogProps) {
  const [note, setNote] = useState("");
  const review = useReviewTool();
  const toast = useToast();
  const copy = COPY[decision];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await review.mutateAsync({ id: tool.id, decision, hash, note: note.trim() || undefined });
      toast.success(copy.done(tool.exposedName));
      onOpenChange(false);
    } catch (error) {
      toastApiError(toast, error);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !review.isPending && onOpenChange(open)}>
      <DialogContent title={copy.title(tool.exposedName)} description={copy.description} role="alertdialog">
        <form onSubmit={onSubmit}>
          <FormField id="review-note" label="Note (optional)">
            <Textarea
              id="review-note"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              disabled={review.isPending}
            />
          </FormField>
          <DialogFormFooter
            submitLabel={copy.confirm}
            pendingLabel={copy.pending}
            isPending={review.isPending}
            tone={decision === "reject" ? "danger" : "primary"}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
