"use client";

import { useState, type FormEvent } from "react";
import { DetectorMultiSelect } from "@/components/privacy/masking/detector-multi-select";
import { APPLIES_TO_LABELS } from "@/components/privacy/masking/masking-policy-labels";
import { PolicyRoleSelect } from "@/components/privacy/masking/policy-role-select";
import { StrategyRadioGroup } from "@/components/privacy/masking/strategy-radio-group";
import { Combobox } from "@/components/ui/combobox";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { describedBy, FormField } from "@/components/ui/form-field";
import { SegmentedChoice } from "@/components/ui/segmented-choice";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import {
  createMaskingPolicySchema,
  POLICY_TARGETS,
  type CreateMaskingPolicyInput,
  type PolicyStrategy,
} from "@/lib/privacy/policies/schemas";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { useToolPathOptions } from "@/lib/client/access/use-tool-path-options";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { checkWithSchema } from "@/lib/client/schema-field-errors";
import { useCreateMaskingPolicy } from "@/lib/client/privacy/use-create-masking-policy";
import { useUpdateMaskingPolicy } from "@/lib/client/privacy/use-update-masking-policy";
import { toastApiError } from "@/lib/client/toast-api-error";

const FIELDS = ["name", "toolPattern", "roleName", "detectors", "strategy", "appliesTo"] as const;
type Field = (typeof FIELDS)[number];
type Target = MaskingPolicyView["appliesTo"];

const TOOL_HINT = "<server>/<tool>, with * as a wildcard: crm/*, crm/lookup_customer, or * for every tool.";

export type MaskingPolicyFormProps = {
  policy?: MaskingPolicyView;
  onPendingChange: (isPending: boolean) => void;
  onDone: () => void;
};

export function MaskingPolicyForm({ policy, onPendingChange, onDone }: MaskingPolicyFormProps) {
  const [name, setName] = useState(policy?.name ?? "");
  const [toolPattern, setToolPattern] = useState(policy?.toolPattern ?? "*");
  const [roleName, setRoleName] = useState<string | null>(policy?.roleName ?? null);
  const [detectors, setDetectors] = useState<string[]>(policy?.detectors ?? []);
  const [strategy, setStrategy] = useState<PolicyStrategy>(policy?.strategy ?? "partial");
  const [appliesTo, setAppliesTo] = useState<Target>(policy?.appliesTo ?? "both");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const toolOptions = useToolPathOptions(toolPattern);
  const create = useCreateMaskingPolicy();
  const update = useUpdateMaskingPolicy();
  const toast = useToast();
  const isPending = create.isPending || update.isPending;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: CreateMaskingPolicyInput = {
      name: name.trim(),
      toolPattern: toolPattern.trim(),
      roleName,
      detectors,
      strategy,
      appliesTo,
    };
    const check = checkWithSchema(createMaskingPolicySchema, body);
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    onPendingChange(true);
    try {
      if (policy) await update.mutateAsync({ id: policy.id, body });
      else await create.mutateAsync(body);
      toast.success(
        policy ? `Saved ${body.name}.` : `Added policy ${body.name}; it applies from the next call.`,
      );
      onPendingChange(false);
      onDone();
    } catch (error) {
      onPendingChange(false);
      const { errors: next, hasAny } = formFieldErrors(error, FIELDS, { conflictField: "name" });
      setErrors(next);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="policy-name"
          label="Name"
          error={errors.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={80}
          autoComplete="off"
          disabled={isPending}
        />
        <PolicyRoleSelect
          value={roleName}
          onChange={setRoleName}
          error={errors.roleName}
          disabled={isPending}
        />
      </div>
      <FormField id="policy-tools" label="Tools" hint={TOOL_HINT} error={errors.toolPattern}>
        <Combobox
          id="policy-tools"
          value={toolPattern}
          onValueChange={setToolPattern}
          options={toolOptions}
          className="font-mono"
          hasError={!!errors.toolPattern}
          aria-describedby={describedBy("policy-tools", { error: errors.toolPattern, hint: TOOL_HINT })}
          disabled={isPending}
        />
      </FormField>
      <DetectorMultiSelect
        value={detectors}
        onChange={setDetectors}
        error={errors.detectors}
        disabled={isPending}
      />
      <StrategyRadioGroup
        value={strategy}
        onChange={setStrategy}
        error={errors.strategy}
        disabled={isPending}
      />
      <div className="space-y-1.5">
        <p id="policy-applies-label" className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Applies to
        </p>
        <SegmentedChoice
          label="Applies to"
          value={appliesTo}
          onChange={setAppliesTo}
          options={POLICY_TARGETS.map((t) => ({ value: t, label: APPLIES_TO_LABELS[t] }))}
        />
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Tool results go to the calling agent; stored arguments are what the audit trail keeps of each call.
        </p>
      </div>
      <DialogFormFooter
        submitLabel={policy ? "Save" : "Add policy"}
        pendingLabel="Saving…"
        isPending={isPending}
      />
    </form>
  );
}
