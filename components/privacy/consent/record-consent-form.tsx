"use client";

import { useState, type FormEvent } from "react";
import { PersonLookupField } from "@/components/privacy/consent/person-lookup-field";
import { PurposeSelect } from "@/components/privacy/consent/purpose-select";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { checkPersonLookup, type PersonLookupKind } from "@/lib/client/privacy/person-lookup";
import { useRecordConsent } from "@/lib/client/privacy/use-record-consent";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { recordConsentSchema, type ConsentDecision } from "@/lib/privacy/consent/schemas";

const FIELDS = ["subject", "purpose", "decision", "noticeVersion"] as const;
type Errors = Partial<Record<(typeof FIELDS)[number], string>>;

const DECISION_OPTIONS = [
  { value: "granted", label: "Granted" },
  { value: "withdrawn", label: "Withdrawn" },
] as const;

export type RecordConsentFormProps = {
  /** The person, when the form is opened from their page; otherwise the form asks. */
  subjectId?: string;
  defaultPurpose?: string;
  onDone: () => void;
};

/** Appends one record to the ledger; the latest record per person and purpose is what the gateway enforces. */
export function RecordConsentForm({ subjectId, defaultPurpose = "", onDone }: RecordConsentFormProps) {
  const [kind, setKind] = useState<PersonLookupKind>("email");
  const [person, setPerson] = useState("");
  const [purpose, setPurpose] = useState(defaultPurpose);
  const [decision, setDecision] = useState<ConsentDecision>("granted");
  const [errors, setErrors] = useState<Errors>({});
  const record = useRecordConsent();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lookup = subjectId
      ? ({ ok: true, lookup: { id: subjectId } } as const)
      : checkPersonLookup(kind, person);
    const noticeVersion = String(new FormData(event.currentTarget).get("noticeVersion") ?? "").trim();
    const checked = checkWithSchema(recordConsentSchema, {
      // Without a valid person the schema's own complaint is replaced by the lookup's clearer one below.
      subject: lookup.ok ? lookup.lookup : undefined,
      purpose,
      decision,
      ...(noticeVersion ? { noticeVersion } : {}),
    });
    if (!lookup.ok || !checked.ok) {
      return setErrors({
        ...(checked.ok ? {} : checked.errors),
        ...(lookup.ok ? {} : { subject: lookup.message }),
        ...(purpose ? {} : { purpose: "Choose a purpose" }),
      });
    }
    setErrors({});
    try {
      const { record: saved } = await record.mutateAsync(checked.data);
      toast.success(`Recorded: ${saved.purpose} ${saved.decision} for ${saved.subjectId}.`);
      onDone();
    } catch (error) {
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = record.isPending;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {subjectId ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          For <span className="font-mono">{subjectId}</span>
        </p>
      ) : (
        <PersonLookupField
          id="record-consent-person"
          kind={kind}
          onKindChange={setKind}
          value={person}
          onValueChange={setPerson}
          error={errors.subject}
          disabled={isPending}
        />
      )}
      <PurposeSelect
        id="record-consent-purpose"
        value={purpose}
        onChange={setPurpose}
        error={errors.purpose}
        disabled={isPending}
      />
      <div className="space-y-1.5">
        {/* The radio group names itself; this is the visible caption. */}
        <p aria-hidden="true" className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Decision
        </p>
        <SegmentedChoice
          label="Decision"
          value={decision}
          onChange={setDecision}
          options={DECISION_OPTIONS}
        />
        {errors.decision ? (
          <p className="text-xs font-medium text-red-600 dark:text-red-400">{errors.decision}</p>
        ) : null}
      </div>
      <TextField
        id="record-consent-notice"
        label="Notice version (optional)"
        name="noticeVersion"
        hint="The privacy notice the person saw when deciding, e.g. 2026-01."
        maxLength={64}
        autoComplete="off"
        error={errors.noticeVersion}
        disabled={isPending}
      />
      <DialogFormFooter submitLabel="Record" pendingLabel="Recording…" isPending={isPending} />
    </form>
  );
}
