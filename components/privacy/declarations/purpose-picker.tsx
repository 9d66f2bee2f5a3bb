"use client";

import { ChipsInput } from "@/components/privacy/declarations/chips-input";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { purposeKeySchema } from "@/lib/privacy/consent/schemas";
import { cn } from "@/lib/client/cn";
import { LEGAL_BASIS_INFO } from "@/lib/client/privacy/legal-basis-labels";
import { useCan } from "@/lib/client/me/use-can";
import { usePurposeOptions } from "@/lib/client/privacy/use-purpose-options";

export type PurposePickerProps = {
  id: string;
  value: readonly string[];
  onChange: (purposes: string[]) => void;
  error?: string;
  disabled?: boolean;
};

const HINT = "Purposes with legal basis Consent are checked against the person's consent on every call.";

function validateKey(text: string): string | null {
  const parsed = purposeKeySchema.safeParse(text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Not a purpose key");
}

/**
 * The purposes a tool processes personal data for, each with its legal basis. People without
 * privacy:read cannot list purposes, so they type keys instead (the server checks them).
 */
export function PurposePicker({ id, value, onChange, error, disabled }: PurposePickerProps) {
  const canRead = useCan("privacy:read");
  const purposes = usePurposeOptions({ enabled: canRead });

  if (!canRead || purposes.isError)
    return (
      <ChipsInput
        id={id}
        label="Purposes"
        hint={
          purposes.isError
            ? `Could not load purposes (${purposes.error.message}). Type purpose keys, e.g. marketing.`
            : "Type purpose keys, e.g. marketing or essential. " + HINT
        }
        error={error}
        values={value}
        onChange={onChange}
        validate={validateKey}
        placeholder="marketing"
        disabled={disabled}
      />
    );

  const selected = new Set(value);
  const known = new Set(purposes.data?.map((p) => p.key));
  const unknown = value.filter((key) => purposes.data && !known.has(key));

  function toggle(key: string, isChecked: boolean) {
    const next = new Set(selected);
    if (isChecked) next.add(key);
    else next.delete(key);
    onChange([...next]);
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : `${id}-hint`} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">Purposes</legend>
      {purposes.isPending ? (
        <div className="space-y-2">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/2" />
        </div>
      ) : (
        <div
          className={cn(
            "grid max-h-56 gap-x-2 gap-y-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2",
            error ? "border-red-500" : "border-zinc-200 dark:border-zinc-700",
          )}
        >
          {[
            ...purposes.data.map((p) => ({ key: p.key, name: p.name, basis: p.legalBasis })),
            ...unknown.map((key) => ({ key, name: key, basis: null })),
          ].map((purpose) => (
            <label
              key={purpose.key}
              className="flex cursor-pointer items-start gap-2.5 rounded px-1.5 py-1 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
            >
              <input
                type="checkbox"
                checked={selected.has(purpose.key)}
                onChange={(e) => toggle(purpose.key, e.currentTarget.checked)}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              />
              <span className="min-w-0 text-sm">
                <span className="text-zinc-900 dark:text-zinc-100">{purpose.name}</span>{" "}
                <code className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{purpose.key}</code>
                <span className="mt-0.5 block">
                  {purpose.basis ? (
                    <Badge tone={purpose.basis === "consent" ? "warning" : "neutral"}>
                      {LEGAL_BASIS_INFO[purpose.basis].label}
                    </Badge>
                  ) : (
                    <Badge tone="danger">Unknown purpose</Badge>
                  )}
                </span>
              </span>
            </label>
          ))}
          {purposes.data.length === 0 && unknown.length === 0 ? (
            <p className="px-1.5 py-1 text-sm text-zinc-500 dark:text-zinc-400">No purposes defined yet.</p>
          ) : null}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          {HINT}
        </p>
      )}
    </fieldset>
  );
}
