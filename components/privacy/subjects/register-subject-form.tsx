"use client";

import { useState, type FormEvent } from "react";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { InlineAlert } from "@/components/ui/inline-alert";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { useRegisterSubject } from "@/lib/client/privacy/use-register-subject";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { registerSubjectSchema, type RegisterSubjectInput } from "@/lib/privacy/subjects/schemas";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

const FIELDS = ["email", "phone", "externalId"] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field | "form", string>>;

/** The identifiers typed, leaving out empty ones (the schema refuses empty strings). */
function bodyOf(form: FormData): RegisterSubjectInput {
  const body: RegisterSubjectInput = {};
  for (const field of FIELDS) {
    const value = String(form.get(field) ?? "").trim();
    if (value) body[field] = value;
  }
  return body;
}

export function RegisterSubjectForm({ onRegistered }: { onRegistered: (subject: SubjectView) => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const register = useRegisterSubject();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkWithSchema(registerSubjectSchema, bodyOf(new FormData(event.currentTarget)));
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    try {
      const { subject } = await register.mutateAsync(checked.data);
      onRegistered(subject);
    } catch (error) {
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = register.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {errors.form ? <InlineAlert>{errors.form}</InlineAlert> : null}
      <TextField
        id="register-subject-email"
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        error={errors.email}
        disabled={isPending}
      />
      <TextField
        id="register-subject-phone"
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="off"
        hint="International format is safest, e.g. +44 20 7946 0958."
        error={errors.phone}
        disabled={isPending}
      />
      <TextField
        id="register-subject-external-id"
        label="External id"
        name="externalId"
        autoComplete="off"
        hint="The id the calling platform uses for this person (what it sends in X-Gatehouse-Subject)."
        error={errors.externalId}
        disabled={isPending}
      />
      <DialogFormFooter submitLabel="Register" pendingLabel="Registering…" isPending={isPending} />
    </form>
  );
}
