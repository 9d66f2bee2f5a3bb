"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { describedBy, FormField } from "@/components/ui/form-field";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { ApiError } from "@/lib/client/api-error";
import { IDENTIFIER_KIND_LABELS } from "@/lib/client/privacy/identifier-kind-labels";
import { REQUEST_TYPE_LABELS } from "@/lib/client/privacy/requests/request-labels";
import { requestPageHref } from "@/lib/client/privacy/requests/request-paths";
import { useCreateRequest } from "@/lib/client/privacy/requests/use-create-request";
import { toastApiError } from "@/lib/client/toast-api-error";
import { REQUEST_TYPES, type RequestType } from "@/lib/privacy/requests/request-types";
import { IDENTIFIER_KINDS, type IdentifierKind } from "@/lib/privacy/subjects/schemas";

type Errors = { type?: string; kind?: string; value?: string };

const HINTS: Record<IdentifierKind, string> = {
  email: "The address the person wrote from or gave.",
  phone: "International format is safest, e.g. +44 20 7946 0958.",
  external_id: "The id the calling platform uses for this person (what it sends in X-Gatehouse-Subject).",
};

/** The server's field messages ("identifier.value" and so on) at the fields they belong to. */
function errorsFrom(error: unknown): Errors | null {
  if (!(error instanceof ApiError)) return null;
  const errors: Errors = {
    type: error.fieldError("type"),
    kind: error.fieldError("identifier.kind"),
    value: error.fieldError("identifier.value") ?? (error.fields.identifier?.[0] || undefined),
  };
  return errors.type || errors.kind || errors.value ? errors : null;
}

export function NewRequestForm() {
  const [type, setType] = useState<RequestType>("access");
  const [kind, setKind] = useState<IdentifierKind>("email");
  const [errors, setErrors] = useState<Errors>({});
  const create = useCreateRequest();
  const router = useRouter();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("value") ?? "").trim();
    if (!value) return setErrors({ value: "Enter the identifier" });
    setErrors({});
    try {
      const { request } = await create.mutateAsync({ type, identifier: { kind, value } });
      toast.success(
        request.subjectId
          ? `Request ${request.id} received.`
          : `Request ${request.id} received; no one found.`,
      );
      router.push(requestPageHref(request.id));
    } catch (error) {
      const fieldErrors = errorsFrom(error);
      if (fieldErrors) setErrors(fieldErrors);
      else toastApiError(toast, error);
    }
  }

  const isPending = create.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1.5">
        <span className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">Type</span>
        <SegmentedChoice
          label="Request type"
          value={type}
          onChange={setType}
          options={REQUEST_TYPES.map((t) => ({ value: t, label: REQUEST_TYPE_LABELS[t] }))}
        />
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {type === "access"
            ? "A copy of everything Gatehouse holds about the person (Art. 15 and 20)."
            : "Erase the person: their key is destroyed and their identifiers unlinked (Art. 17). Cannot be undone."}
        </p>
        {errors.type ? (
          <p className="text-xs font-medium text-red-600 dark:text-red-400">{errors.type}</p>
        ) : null}
      </div>
      <FormField id="new-request-kind" label="Identify the person by" error={errors.kind}>
        <Select
          id="new-request-kind"
          value={kind}
          hasError={!!errors.kind}
          aria-describedby={describedBy("new-request-kind", { error: errors.kind })}
          disabled={isPending}
          onChange={(e) => setKind(IDENTIFIER_KINDS.find((k) => k === e.currentTarget.value) ?? "email")}
        >
          {IDENTIFIER_KINDS.map((k) => (
            <option key={k} value={k}>
              {IDENTIFIER_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </FormField>
      <TextField
        id="new-request-value"
        label={IDENTIFIER_KIND_LABELS[kind]}
        name="value"
        type={kind === "email" ? "email" : kind === "phone" ? "tel" : "text"}
        autoComplete="off"
        hint={HINTS[kind]}
        error={errors.value}
        onChange={() => errors.value && setErrors({ ...errors, value: undefined })}
        disabled={isPending}
      />
      <DialogFormFooter submitLabel="Record request" pendingLabel="Recording…" isPending={isPending} />
    </form>
  );
}
