"use client";

import {
  LIMIT_DEFAULTS,
  type FieldErrors,
  type LimitField,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";
import { TextField } from "@/components/ui/text-field";

const FIELDS: { field: LimitField; label: string; hint: string; min: number; max: number }[] = [
  {
    field: "timeoutMs",
    label: "Call timeout (ms)",
    hint: "Per call, unless a tool sets its own.",
    min: 100,
    max: 600_000,
  },
  { field: "maxConcurrent", label: "Concurrent calls", hint: "Calls running at once.", min: 1, max: 1000 },
  {
    field: "maxQueue",
    label: "Queue length",
    hint: "Calls waiting; beyond it, refused at once.",
    min: 0,
    max: 10_000,
  },
  {
    field: "breakerFailureThreshold",
    label: "Failures to open the breaker",
    hint: "Consecutive failures.",
    min: 1,
    max: 1000,
  },
  {
    field: "breakerHalfOpenAfterMs",
    label: "Half-open after (ms)",
    hint: "Before trial calls are let through.",
    min: 1000,
    max: 3_600_000,
  },
  {
    field: "breakerSuccessThreshold",
    label: "Successes to close",
    hint: "Trial calls that must succeed.",
    min: 1,
    max: 100,
  },
];

export type ServerLimitsFieldsProps = {
  values: ServerFormValues;
  onChange: (patch: Partial<ServerFormValues>) => void;
  errors: FieldErrors;
  /** New servers may leave a field empty for the default. */
  isCreating: boolean;
};

/** Timeout, bulkhead and circuit-breaker settings, and auto-approval of changed tools. */
export function ServerLimitsFields({ values, onChange, errors, isCreating }: ServerLimitsFieldsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map(({ field, label, hint, min, max }) => {
          const id = `server-${field}`;
          const fullHint = isCreating ? `${hint} Default ${LIMIT_DEFAULTS[field]}.` : hint;
          return (
            <TextField
              key={field}
              id={id}
              label={label}
              hint={fullHint}
              error={errors[field]}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              required={!isCreating}
              placeholder={isCreating ? String(LIMIT_DEFAULTS[field]) : undefined}
              value={values.limits[field]}
              onChange={(e) => onChange({ limits: { ...values.limits, [field]: e.currentTarget.value } })}
            />
          );
        })}
      </div>
      <label className="flex cursor-pointer items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          checked={values.autoApprove}
          onChange={(e) => onChange({ autoApprove: e.currentTarget.checked })}
          className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        />
        <span>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">Auto-approve changed tools</span>
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            When the server changes a tool&apos;s description or schema, accept it without review. Only for
            servers you control.
          </span>
        </span>
      </label>
    </>
  );
}
