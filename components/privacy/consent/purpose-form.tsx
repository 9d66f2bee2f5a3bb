"use client";

import { useState, type FormEvent } from "react";
import { LegalBasisField } from "@/components/privacy/consent/legal-basis-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField, describedBy } from "@/components/ui/form-field";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { useCreatePurpose } from "@/lib/client/privacy/use-create-purpose";
import { useUpdatePurpose } from "@/lib/client/privacy/use-update-purpose";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { createPurposeSchema, updatePurposeSchema, type LegalBasis } from "@/lib/privacy/consent/schemas";

const FIELDS = ["key", "name", "description", "legalBasis"] as const;
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

export type PurposeFormProps = {
  /** The purpose being edited; absent: a new one. */
  purpose?: PurposeView;
  onDone: () => void;
};

const KEY_HINT =
  "What tools declare and records name: lowercase letters, digits and _. It cannot change later.";

/** Create a purpose, or edit one (a built-in's description only: its key, name and basis are fixed). */
export function PurposeForm({ purpose, onDone }: PurposeFormProps) {
  const [legalBasis, setLegalBasis] = useState<LegalBasis>(purpose?.legalBasis ?? "consent");
  const [errors, setErrors] = useState<Errors>({});
  const createPurpose = useCreatePurpose();
  const updatePurpose = useUpdatePurpose();
  const toast = useToast();
  const isBuiltIn = purpose?.isBuiltIn ?? false;

  async function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim();
    if (!purpose) {
      const checked = checkWithSchema(createPurposeSchema, {
        key: text("key"),
        name: text("name"),
        description: text("description"),
        legalBasis,
      });
      if (!checked.ok) return setErrors(checked.errors);
      setErrors({});
      const { purpose: created } = await createPurpose.mutateAsync(checked.data);
      toast.success(`Created purpose ${created.key}.`);
      return onDone();
    }
    const body = isBuiltIn
      ? { description: text("description") }
      : { name: text("name"), description: text("description"), legalBasis };
    const checked = checkWithSchema(updatePurposeSchema, body);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    await updatePurpose.mutateAsync({ key: purpose.key, body: checked.data });
    toast.success(`Saved purpose ${purpose.key}.`);
    onDone();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await submit(new FormData(event.currentTarget));
    } catch (error) {
      // A taken key comes back as a conflict without field details.
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS, { conflictField: "key" });
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = createPurpose.isPending || updatePurpose.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {purpose ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Key <span className="font-mono">{purpose.key}</span>
          {isBuiltIn ? " (built-in: only the description can change)" : null}
        </p>
      ) : (
        <TextField
          id="purpose-key"
          label="Key"
          name="key"
          hint={KEY_HINT}
          error={errors.key}
          autoComplete="off"
          maxLength={48}
          className="font-mono"
          disabled={isPending}
        />
      )}
      <TextField
        id="purpose-name"
        label="Name"
        name="name"
        defaultValue={purpose?.name}
        error={errors.name}
        autoComplete="off"
        maxLength={120}
        disabled={isPending || isBuiltIn}
      />
      <FormField
        id="purpose-description"
        label="Description (optional)"
        hint="What the data is used for, in words the person would recognise."
        error={errors.description}
      >
        <Textarea
          id="purpose-description"
          name="description"
          rows={3}
          maxLength={1000}
          defaultValue={purpose?.description}
          hasError={!!errors.description}
          aria-describedby={describedBy("purpose-description", {
            error: errors.description,
            hint: "What the data is used for, in words the person would recognise.",
          })}
          disabled={isPending}
        />
      </FormField>
      <LegalBasisField
        id="purpose-legal-basis"
        value={legalBasis}
        onChange={setLegalBasis}
        error={errors.legalBasis}
        disabled={isPending || isBuiltIn}
      />
      <DialogFormFooter
        submitLabel={purpose ? "Save" : "Create purpose"}
        pendingLabel={purpose ? "Saving…" : "Creating…"}
        isPending={isPending}
      />
    </form>
  );
}
