"use client";

import { useState, type FormEvent } from "react";
import { DetectorFlagsField } from "@/components/privacy/detection/detector-flags-field";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { describedBy, FormField } from "@/components/ui/form-field";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { useToast } from "@/components/ui/toast-context";
import { createDetectorSchema, type CreateDetectorInput } from "@/lib/privacy/policies/schemas";
import type { DetectorView } from "@/lib/privacy/policies/policy-view-type";
import { detectorFieldErrors, type DetectorField } from "@/lib/client/privacy/detector-field-errors";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { useCreateDetector } from "@/lib/client/privacy/use-create-detector";
import { useUpdateDetector } from "@/lib/client/privacy/use-update-detector";
import { toastApiError } from "@/lib/client/toast-api-error";

type FieldErrors = Partial<Record<DetectorField, string>>;

const PATTERN_HINT = "JavaScript syntax, without the slashes, e.g. EMP-\\d{6}.";
const SAMPLE_HINT = "A value the pattern must find; it is stored with the detector, so use a made-up one.";

export type DetectorFormProps = {
  detector?: DetectorView;
  onPendingChange: (isPending: boolean) => void;
  onDone: () => void;
};

export function DetectorForm({ detector, onPendingChange, onDone }: DetectorFormProps) {
  const [name, setName] = useState(detector?.name ?? "");
  const [pattern, setPattern] = useState(detector?.pattern ?? "");
  const [flags, setFlags] = useState(detector?.flags ?? "");
  const [sample, setSample] = useState(detector?.sample ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateDetector();
  const update = useUpdateDetector();
  const toast = useToast();
  const isPending = create.isPending || update.isPending;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: CreateDetectorInput = { name: name.trim(), pattern, flags, sample };
    const check = checkWithSchema(createDetectorSchema, body);
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    onPendingChange(true);
    try {
      if (detector) await update.mutateAsync({ id: detector.id, body });
      else await create.mutateAsync(body);
      toast.success(detector ? `Saved ${body.name}.` : `Added detector ${body.name}.`);
      onPendingChange(false);
      onDone();
    } catch (error) {
      onPendingChange(false);
      const { errors: next, hasAny } = detectorFieldErrors(error);
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="detector-name"
        label="Name"
        hint="Shown in findings and policies, e.g. “Employee number”."
        error={errors.name}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        maxLength={80}
        autoComplete="off"
        disabled={isPending}
      />
      <TextField
        id="detector-pattern"
        label="Pattern"
        hint={PATTERN_HINT}
        error={errors.pattern}
        value={pattern}
        onChange={(e) => setPattern(e.currentTarget.value)}
        required
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        className="font-mono"
        disabled={isPending}
      />
      <DetectorFlagsField value={flags} onChange={setFlags} error={errors.flags} disabled={isPending} />
      <FormField id="detector-sample" label="Sample" hint={SAMPLE_HINT} error={errors.sample}>
        <Textarea
          id="detector-sample"
          rows={2}
          value={sample}
          onChange={(e) => setSample(e.currentTarget.value)}
          required
          maxLength={1000}
          spellCheck={false}
          className="font-mono"
          hasError={!!errors.sample}
          aria-describedby={describedBy("detector-sample", { error: errors.sample, hint: SAMPLE_HINT })}
          disabled={isPending}
        />
      </FormField>
      <DialogFormFooter
        submitLabel={detector ? "Save" : "Add detector"}
        pendingLabel="Checking the pattern…"
        isPending={isPending}
      />
    </form>
  );
}
