"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

const MAX_REASON = 500;
const MIN_REASON = 10;

export type RevealReasonFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
};

/** Why someone wants a personal value unmasked: recorded with the reveal's audit event. */
export function RevealReasonField({ id, value, onChange, error, disabled }: RevealReasonFieldProps) {
  const length = value.trim().length;
  const counter = `${length} / ${MAX_REASON} characters${length < MIN_REASON ? `, at least ${MIN_REASON}` : ""}.`;
  const hint = `Recorded with the reveal, e.g. a ticket or request reference. ${counter}`;
  return (
    <>
      <FormField id={id} label="Reason" hint={hint} error={error}>
        <Textarea
          id={id}
          rows={3}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          maxLength={MAX_REASON}
          required
          hasError={!!error}
          aria-describedby={describedBy(id, { error, hint })}
          disabled={disabled}
        />
      </FormField>
      <p aria-live="polite" className="sr-only">
        {error ? "" : counter}
      </p>
    </>
  );
}
