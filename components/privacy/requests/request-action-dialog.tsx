"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { InlineAlert } from "@/components/ui/inline-alert";
import { useToast } from "@/components/ui/toast-context";
import { ApiError } from "@/lib/client/api-error";
import { refusalMessage } from "@/lib/client/privacy/requests/refusal-message";
import { useRequestAction, type RequestActionInput } from "@/lib/client/privacy/requests/use-request-action";
import type { PrivacyRequestDetailView } from "@/lib/privacy/requests/request-types";

export type FieldErrors = Record<string, string | undefined>;

/** What the form says: the action to send, or messages for the fields that are not right yet. */
export type ReadResult = { input: RequestActionInput } | { errors: FieldErrors };

export type RequestActionDialogProps = {
  requestId: string;
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  tone?: "primary" | "danger";
  /** The button that closes the dialog without doing anything. */
  cancelLabel?: string;
  /** Toasted once the server has accepted the action; a function reads the request it answered with. */
  successMessage: string | ((request: PrivacyRequestDetailView) => string);
  /** The form's fields by name (also the names the server's field errors use). */
  fieldNames?: readonly string[];
  read: (form: FormData) => ReadResult;
  /** The fields, given their current errors; none for a plain confirmation. */
  children?: (errors: FieldErrors, isPending: boolean) => ReactNode;
};

function serverFieldErrors(error: unknown, names: readonly string[]): FieldErrors | null {
  if (!(error instanceof ApiError)) return null;
  const errors: FieldErrors = {};
  for (const name of names) errors[name] = error.fieldError(name);
  return Object.values(errors).some(Boolean) ? errors : null;
}

/**
 * One transition of a request in a dialog: its fields (or only a confirmation), the server's field
 * messages at the fields, and a refusal (four eyes, a state that moved on) shown inside the dialog,
 * which stays open so the person can read it.
 */
export function RequestActionDialog({
  requestId,
  triggerLabel,
  triggerVariant = "secondary",
  title,
  description,
  submitLabel,
  pendingLabel,
  tone = "primary",
  cancelLabel,
  successMessage,
  fieldNames = [],
  read,
  children,
}: RequestActionDialogProps) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const action = useRequestAction(requestId);
  const toast = useToast();

  function onOpenChange(next: boolean) {
    if (action.isPending) return;
    setOpen(next);
    if (!next) {
      setErrors({});
      setRefusal(null);
    }
  }

  /** A field's message goes once the person changes it. */
  function onFieldChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    const name =
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
        ? target.name
        : "";
    if (name && errors[name]) setErrors({ ...errors, [name]: undefined });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = read(new FormData(event.currentTarget));
    setRefusal(null);
    if ("errors" in result) return setErrors(result.errors);
    setErrors({});
    try {
      const { request } = await action.mutateAsync(result.input);
      setOpen(false);
      toast.success(typeof successMessage === "string" ? successMessage : successMessage(request));
    } catch (error) {
      const fields = serverFieldErrors(error, fieldNames);
      if (fields) setErrors(fields);
      else setRefusal(refusalMessage(error));
    }
  }

  const isDestructive = tone === "danger";
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={triggerVariant}>{triggerLabel}</Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} role={isDestructive ? "alertdialog" : "dialog"}>
        <form onSubmit={onSubmit} onChange={onFieldChange} className="space-y-4" noValidate>
          {refusal ? <InlineAlert>{refusal}</InlineAlert> : null}
          {children?.(errors, action.isPending)}
          <DialogFormFooter
            submitLabel={submitLabel}
            pendingLabel={pendingLabel}
            isPending={action.isPending}
            tone={tone}
            cancelLabel={cancelLabel}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
