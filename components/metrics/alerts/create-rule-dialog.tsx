"use client";

import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DialogFormFooter } from "@/components/ui/dialog-form-footer";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast-context";
import { formFieldErrors } from "@/lib/client/form-field-errors";
import { toastApiError } from "@/lib/client/toast-api-error";
import {
  ALERT_COMPARISONS,
  ALERT_METRICS,
  ALERT_SCOPES,
  ALERT_SEVERITIES,
  COMPARISON_SYMBOLS,
  METRIC_LABELS,
} from "@/lib/alerts/alert-types";
import { useCreateRule } from "@/components/metrics/alerts/use-alerts-api";

const FIELDS = [
  "name",
  "metric",
  "scope",
  "server",
  "tool",
  "comparison",
  "threshold",
  "forSeconds",
  "severity",
] as const;
type Field = (typeof FIELDS)[number];
const INITIAL: Record<Field, string> = {
  name: "",
  metric: "error_rate",
  scope: "all",
  server: "",
  tool: "",
  comparison: "gt",
  threshold: "",
  forSeconds: "60",
  severity: "warning",
};

/** A custom rule: metric, scope, comparison, threshold, for, severity. The server validates. */
export function CreateRuleDialog() {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(INITIAL);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useCreateRule();
  const toast = useToast();
  const set = (field: Field) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { rule } = await create.mutateAsync({
        name: values.name,
        metric: values.metric,
        scope: values.scope,
        server: values.scope === "all" ? null : values.server.trim() || null,
        tool: values.scope === "tool" ? values.tool.trim() || null : null,
        comparison: values.comparison,
        threshold: values.threshold.trim() === "" ? null : Number(values.threshold),
        forSeconds: Number(values.forSeconds),
        severity: values.severity,
      });
      toast.success(`Created ${rule.name}.`);
      setValues(INITIAL);
      setErrors({});
      setOpen(false);
    } catch (error) {
      const { errors: fields, hasAny } = formFieldErrors(error, FIELDS);
      setErrors(fields);
      if (!hasAny) toastApiError(toast, error);
    }
  }

  const isPending = create.isPending;
  return (
    <Dialog open={open} onOpenChange={(next) => !isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          New rule
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New alert rule"
        description="Evaluated every 30 seconds over its trailing 5 minutes."
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <TextField
            id="new-rule-name"
            label="Name"
            value={values.name}
            error={errors.name}
            onChange={set("name")}
            disabled={isPending}
          />
          <div className="grid grid-cols-2 gap-3">
            <FormField id="new-rule-metric" label="Metric" error={errors.metric}>
              <Select
                id="new-rule-metric"
                value={values.metric}
                onChange={set("metric")}
                disabled={isPending}
              >
                {ALERT_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {METRIC_LABELS[m]}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField id="new-rule-scope" label="Scope" error={errors.scope}>
              <Select id="new-rule-scope" value={values.scope} onChange={set("scope")} disabled={isPending}>
                {ALERT_SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {s === "all" ? "All servers" : s === "server" ? "One server" : "One tool"}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          {values.scope !== "all" ? (
            <div className="grid grid-cols-2 gap-3">
              <TextField
                id="new-rule-server"
                label="Server slug"
                value={values.server}
                error={errors.server}
                onChange={set("server")}
                disabled={isPending}
              />
              {values.scope === "tool" ? (
                <TextField
                  id="new-rule-tool"
                  label="Tool"
                  value={values.tool}
                  error={errors.tool}
                  onChange={set("tool")}
                  disabled={isPending}
                />
              ) : null}
            </div>
          ) : null}
          <div className="grid grid-cols-3 gap-3">
            <FormField id="new-rule-comparison" label="Comparison" error={errors.comparison}>
              <Select
                id="new-rule-comparison"
                value={values.comparison}
                onChange={set("comparison")}
                disabled={isPending}
              >
                {ALERT_COMPARISONS.map((c) => (
                  <option key={c} value={c}>
                    {COMPARISON_SYMBOLS[c]}
                  </option>
                ))}
              </Select>
            </FormField>
            <TextField
              id="new-rule-threshold"
              label="Threshold"
              type="number"
              inputMode="decimal"
              value={values.threshold}
              error={errors.threshold}
              onChange={set("threshold")}
              disabled={isPending}
            />
            <TextField
              id="new-rule-for"
              label="For (s)"
              type="number"
              inputMode="numeric"
              value={values.forSeconds}
              error={errors.forSeconds}
              onChange={set("forSeconds")}
              disabled={isPending}
            />
          </div>
          <FormField id="new-rule-severity" label="Severity" error={errors.severity}>
            <Select
              id="new-rule-severity"
              value={values.severity}
              onChange={set("severity")}
              disabled={isPending}
            >
              {ALERT_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </FormField>
          <DialogFormFooter submitLabel="Create rule" pendingLabel="Creating…" isPending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
