"use client";

import { describedBy, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useCan } from "@/lib/client/me/use-can";
import { useRoles } from "@/lib/client/roles/use-roles";

const HINT = "A role's policy beats one for every caller.";
const EVERY_CALLER = "";

/** The role a policy is for, or every caller. Without roles:read the role is typed by name. */
export function PolicyRoleSelect({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string | null;
  onChange: (role: string | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const canReadRoles = useCan("roles:read");
  const roles = useRoles({ enabled: canReadRoles });
  const names = roles.data?.map((r) => r.name) ?? [];
  const hint = roles.isError ? `Could not load roles (${roles.error.message}). ${HINT}` : HINT;
  const aria = describedBy("policy-role", { error, hint });

  return (
    <FormField id="policy-role" label="Role" hint={hint} error={error}>
      {canReadRoles && roles.data ? (
        <Select
          id="policy-role"
          value={value ?? EVERY_CALLER}
          onChange={(e) => onChange(e.currentTarget.value === EVERY_CALLER ? null : e.currentTarget.value)}
          hasError={!!error}
          aria-describedby={aria}
          disabled={disabled}
        >
          <option value={EVERY_CALLER}>Every caller</option>
          {/* A policy may name a role deleted since; keep it choosable so saving does not change it. */}
          {value && !names.includes(value) ? <option value={value}>{value}</option> : null}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          id="policy-role"
          value={value ?? ""}
          onChange={(e) =>
            onChange(e.currentTarget.value.trim() === "" ? null : e.currentTarget.value.trim())
          }
          placeholder={canReadRoles && roles.isPending ? "Loading roles…" : "Empty: every caller"}
          className="font-mono"
          hasError={!!error}
          aria-describedby={aria}
          autoComplete="off"
          disabled={disabled}
        />
      )}
    </FormField>
  );
}
