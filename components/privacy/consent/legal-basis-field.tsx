"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { LEGAL_BASIS_INFO } from "@/lib/client/privacy/legal-basis-labels";
import { LEGAL_BASES, type LegalBasis } from "@/lib/privacy/consent/schemas";

export type LegalBasisFieldProps = {
  id: string;
  value: LegalBasis;
  onChange: (basis: LegalBasis) => void;
  error?: string;
  disabled?: boolean;
};

function isLegalBasis(value: string): value is LegalBasis {
  return (LEGAL_BASES as readonly string[]).includes(value);
}

/** The legal basis, with a line under it saying when the chosen one fits. */
export function LegalBasisField({ id, value, onChange, error, disabled }: LegalBasisFieldProps) {
  const hint = LEGAL_BASIS_INFO[value].explanation;
  return (
    <FormField id={id} label="Legal basis" hint={hint} error={error}>
      <Select
        id={id}
        value={value}
        onChange={(e) => {
          const next = e.currentTarget.value;
          if (isLegalBasis(next)) onChange(next);
        }}
        hasError={!!error}
        aria-describedby={describedBy(id, { error, hint })}
        disabled={disabled}
      >
        {LEGAL_BASES.map((basis) => (
          <option key={basis} value={basis}>
            {LEGAL_BASIS_INFO[basis].label}
          </option>
        ))}
      </Select>
    </FormField>
  );
}
