"use client";

import type { DraftErrors, RoleDraft } from "@/lib/client/roles/role-draft";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { RoleView } from "@/lib/roles/role-view-type";
import { MAX_RATE_LIMIT_PER_MINUTE } from "@/lib/roles/schemas";
import { TextField } from "@/components/ui/text-field";

export type RoleDetailsFieldsProps = {
  draft: RoleDraft;
  onChange: (patch: Partial<RoleDraft>) => void;
  errors: DraftErrors;
  roles: readonly RoleView[];
  isNew: boolean;
  isBuiltIn: boolean;
  disabled: boolean;
};

const NAME_HINT = "Lowercase letters, digits and _, e.g. “support_agent”. It cannot be changed later.";
const RATE_HINT =
  "Calls per minute for API keys holding this role, unless a key sets its own. Empty: no limit of its own.";
const INHERITS_HINT = "Holders also get every capability and tool grant of that role.";

/** Name (new roles only), description, parent role and rate limit. */
export function RoleDetailsFields({
  draft,
  onChange,
  errors,
  roles,
  isNew,
  isBuiltIn,
  disabled,
}: RoleDetailsFieldsProps) {
  const parents = roles.filter((r) => isNew || r.name !== draft.name);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {isNew ? (
        <TextField
          id="role-name"
          label="Name"
          hint={NAME_HINT}
          error={errors.name}
          value={draft.name}
          onChange={(e) => onChange({ name: e.currentTarget.value })}
          required
          maxLength={48}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          disabled={disabled}
        />
      ) : null}
      <div className={isNew ? "" : "lg:col-span-2"}>
        <FormField id="role-description" label="Description" error={errors.description}>
          <Textarea
            id="role-description"
            value={draft.description}
            onChange={(e) => onChange({ description: e.currentTarget.value })}
            rows={isNew ? 1 : 2}
            maxLength={500}
            placeholder="What holders of this role do"
            hasError={!!errors.description}
            aria-describedby={describedBy("role-description", { error: errors.description })}
            disabled={disabled}
          />
        </FormField>
      </div>
      {isBuiltIn ? null : (
        <FormField id="role-inherits" label="Inherits from" hint={INHERITS_HINT} error={errors.inherits}>
          <Select
            id="role-inherits"
            value={draft.inherits ?? ""}
            onChange={(e) => onChange({ inherits: e.currentTarget.value || null })}
            hasError={!!errors.inherits}
            aria-describedby={describedBy("role-inherits", { error: errors.inherits, hint: INHERITS_HINT })}
            disabled={disabled}
          >
            <option value="">No other role</option>
            {parents.map((r) => (
              <option key={r.id} value={r.name}>
                {r.name}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <TextField
        id="role-rate"
        label="Rate limit (calls per minute)"
        hint={RATE_HINT}
        error={errors.rateLimit}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_RATE_LIMIT_PER_MINUTE}
        step={1}
        value={draft.rateLimit}
        onChange={(e) => onChange({ rateLimit: e.currentTarget.value })}
        placeholder="No limit of its own"
        disabled={disabled}
      />
    </div>
  );
}
