"use client";

import { describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  isPersonLookupKind,
  PERSON_LOOKUP_KINDS,
  PERSON_LOOKUP_LABELS,
  type PersonLookupKind,
} from "@/lib/client/privacy/person-lookup";

export type PersonLookupFieldProps = {
  id: string;
  kind: PersonLookupKind;
  onKindChange: (kind: PersonLookupKind) => void;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
};

const HINT = "The whole value, exactly: the person is found by a keyed hash of it.";

/** "Person": what kind of identifier, and the identifier itself. */
export function PersonLookupField(props: PersonLookupFieldProps) {
  const { id, kind, onKindChange, value, onValueChange, error, disabled } = props;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>Person</Label>
      <div className="flex gap-2">
        <Select
          aria-label="Identify the person by"
          className="w-36 shrink-0"
          value={kind}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (isPersonLookupKind(next)) onKindChange(next);
          }}
          disabled={disabled}
        >
          {PERSON_LOOKUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {PERSON_LOOKUP_LABELS[k]}
            </option>
          ))}
        </Select>
        <Input
          id={id}
          value={value}
          onChange={(e) => onValueChange(e.currentTarget.value)}
          type={kind === "email" ? "email" : kind === "phone" ? "tel" : "text"}
          autoComplete="off"
          placeholder={kind === "id" ? "ds_…" : undefined}
          hasError={!!error}
          aria-describedby={describedBy(id, { error, hint: HINT })}
          disabled={disabled}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {HINT}
        </p>
      )}
    </div>
  );
}
