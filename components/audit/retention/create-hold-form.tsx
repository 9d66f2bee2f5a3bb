"use client";

import { useState, type FormEvent } from "react";
import { describedBy, FormField } from "@/components/ui/form-field";
import { InlineAlert } from "@/components/ui/inline-alert";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast-context";
import { createLegalHoldSchema, type CreateLegalHoldInput } from "@/lib/audit/retention/schemas";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import {
  HoldActorField,
  NO_ACTOR,
  actorIdOf,
  type HoldActor,
} from "@/components/audit/retention/hold-actor-field";
import { useCreateLegalHold } from "@/lib/client/audit/use-create-legal-hold";
import { TextField } from "@/components/ui/text-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";

const FIELDS = ["reason", "fromTime", "toTime", "actorId", "subjectEmail", "scope"] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

const REASON_HINT = "Why the events must be kept, e.g. a case or ticket reference (3 to 500 characters).";
const TIME_HINT = "Your local time. Leave one end empty for an open range.";
const SUBJECT_HINT =
  "Optional. Events by or about this person. Only a keyed hash and a masked hint are stored.";

/** A datetime-local value as an ISO instant; text the browser could not parse is passed on for the schema to refuse. */
function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

function schemaErrors(body: CreateLegalHoldInput): FieldErrors | null {
  const parsed = createLegalHoldSchema.safeParse(body);
  if (parsed.success) return null;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "scope");
    if ((FIELDS as readonly string[]).includes(field)) errors[field as Field] ??= issue.message;
  }
  return errors;
}

export function CreateHoldForm({ onCreated }: { onCreated: () => void }) {
  const [actor, setActor] = useState<HoldActor>(NO_ACTOR);
  const [errors, setErrors] = useState<FieldErrors>({});
  const createHold = useCreateLegalHold();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const actorId = actorIdOf(actor);
    if (actorId === null)
      return setErrors({
        actorId:
          actor.mode === "id" ? "Enter the actor's id" : "Choose one from the list, or pick “Any actor”",
      });
    const subjectEmail = String(form.get("subjectEmail") ?? "").trim();
    const body: CreateLegalHoldInput = {
      reason: String(form.get("reason") ?? "").trim(),
      fromTime: toInstant(String(form.get("fromTime") ?? "")),
      toTime: toInstant(String(form.get("toTime") ?? "")),
      actorId,
      subjectEmail: subjectEmail || undefined,
    };
    const invalid = schemaErrors(body);
    if (invalid) return setErrors(invalid);
    setErrors({});
    try {
      await createHold.mutateAsync(body);
      toast.success("Legal hold placed. Retention keeps what it covers until it is released.");
      onCreated();
    } catch (error) {
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  /** Typing into a field clears its error (and the scope error, which any scope field may fix). */
  function onFieldChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    const name =
      target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.name : "";
    if (!name || (!errors[name as Field] && !errors.scope)) return;
    setErrors((current) => ({
      ...current,
      [name]: undefined,
      ...(name === "reason" ? {} : { scope: undefined }),
    }));
  }

  const isPending = createHold.isPending;
  return (
    <form onSubmit={onSubmit} onChange={onFieldChange} noValidate className="space-y-4">
      <FormField id="hold-reason" label="Reason" hint={REASON_HINT} error={errors.reason}>
        <Textarea
          id="hold-reason"
          name="reason"
          rows={2}
          maxLength={500}
          hasError={!!errors.reason}
          aria-describedby={describedBy("hold-reason", { error: errors.reason, hint: REASON_HINT })}
          disabled={isPending}
        />
      </FormField>

      <p className="rounded-lg bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:bg-zinc-800/60 dark:text-zinc-400">
        Set at least one scope. When you set several, an event must match all of them: for example, this actor
        within this time range.
      </p>
      {errors.scope ? <InlineAlert>{errors.scope}</InlineAlert> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="hold-from"
          label="From"
          hint={TIME_HINT}
          error={errors.fromTime}
          name="fromTime"
          type="datetime-local"
          disabled={isPending}
        />
        <TextField
          id="hold-to"
          label="To"
          error={errors.toTime}
          name="toTime"
          type="datetime-local"
          disabled={isPending}
        />
      </div>

      <HoldActorField value={actor} onChange={setActor} error={errors.actorId} disabled={isPending} />

      <TextField
        id="hold-subject"
        label="Data subject's email"
        hint={SUBJECT_HINT}
        error={errors.subjectEmail}
        name="subjectEmail"
        type="email"
        autoComplete="off"
        disabled={isPending}
      />

      <DialogFormFooter submitLabel="Place hold" pendingLabel="Placing…" isPending={isPending} />
    </form>
  );
}
