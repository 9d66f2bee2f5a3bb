"use client";

import { useState, type FormEvent } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import { ALERT_SEVERITIES, METRIC_LABELS, type AlertRuleView } from "@/lib/alerts/alert-types";
import { useUpdateRule } from "@/components/metrics/alerts/use-alerts-api";

type Field = "threshold" | "forSeconds" | "severity" | "isEnabled";

/** Edit a rule's threshold, for duration and severity, or switch it off. */
export function EditRuleDialog({
  rule,
  onOpenChange,
}: {
  rule: AlertRuleView;
  onOpenChange: (open: boolean) => void;
}) {
  const [isEnabled, setEnabled] = useState(rule.isEnabled);
  const [threshold, setThreshold] = useState(String(rule.threshold));
  const [forSeconds, setForSeconds] = useState(String(rule.forSeconds));
  const [severity, setSeverity] = useState<string>(rule.severity);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const update = useUpdateRule();
  const toast = useToast();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (threshold.trim() === "" || !Number.isFinite(Number(threshold))) next.threshold = "Enter a number";
    if (!/^\d+$/.test(forSeconds.trim())) next.forSeconds = "Enter whole seconds (0 or more)";
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      const { rule: saved } = await update.mutateAsync({
        id: rule.id,
        body: { isEnabled, threshold: Number(threshold), forSeconds: Number(forSeconds), severity },
      });
      toast.success(`Saved ${saved.name}.`);
      onOpenChange(false);
    } catch (error) {
      const { errors: fields, hasAny } = formFieldErrors(error, [
        "threshold",
        "forSeconds",
        "severity",
        "isEnabled",
      ]);
      setErrors(fields);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = update.isPending;
  return (
    <Dialog open onOpenChange={(open) => !isPending && onOpenChange(open)}>
      <DialogContent
        title={`Edit ${rule.name}`}
        description={`${METRIC_LABELS[rule.metric]}${rule.builtIn ? " · built-in rule: it can be switched off, not deleted" : ""}`}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <div className="flex items-center justify-between gap-4">
            <Label htmlFor="rule-enabled">Enabled</Label>
            <Switch id="rule-enabled" checked={isEnabled} onCheckedChange={setEnabled} disabled={isPending} />
          </div>
          <TextField
            id="rule-threshold"
            label="Threshold"
            hint={`Compared with the ${METRIC_LABELS[rule.metric]}.`}
            type="number"
            inputMode="decimal"
            value={threshold}
            error={errors.threshold}
            onChange={(e) => setThreshold(e.currentTarget.value)}
            disabled={isPending}
          />
          <TextField
            id="rule-for"
            label="For (seconds)"
            hint="How long the condition must hold before the alert fires; 0 fires at once."
            type="number"
            inputMode="numeric"
            min={0}
            value={forSeconds}
            error={errors.forSeconds}
            onChange={(e) => setForSeconds(e.currentTarget.value)}
            disabled={isPending}
          />
          <FormField id="rule-severity" label="Severity" error={errors.severity}>
            <Select
              id="rule-severity"
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value)}
              disabled={isPending}
            >
              {ALERT_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </FormField>
          <DialogFormFooter submitLabel="Save" pendingLabel="Saving…" isPending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
