"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { usePurposes } from "@/lib/client/privacy/use-purposes";

export type PurposeSelectProps = {
  id: string;
  value: string;
  onChange: (key: string) => void;
  error?: string;
  disabled?: boolean;
};

/** The purposes as a native select; disabled with a note while they load or when they fail to. */
export function PurposeSelect({ id, value, onChange, error, disabled }: PurposeSelectProps) {
  const purposes = usePurposes();
  const loadError = purposes.isError ? "Could not load the purposes. Close and try again." : undefined;
  const shownError = error ?? loadError;
  return (
    <FormField id={id} label="Purpose" error={shownError}>
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        hasError={!!shownError}
        aria-describedby={describedBy(id, { error: shownError })}
        disabled={disabled || !purposes.data}
      >
        <option value="">{purposes.data ? "Choose a purpose" : "Loading purposes…"}</option>
        {(purposes.data ?? []).map((purpose) => (
          <option key={purpose.key} value={purpose.key}>
            {purpose.name} ({purpose.key})
          </option>
        ))}
      </Select>
    </FormField>
  );
}
