import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { BUILT_IN_RULES } from "@/lib/alerts/built-in-rules";
import { ruleView } from "@/lib/alerts/rule-view";
import { seedBuiltInRules } from "@/lib/alerts/seed-built-in-rules";
import type { CreateRuleInput, UpdateRuleInput } from "@/lib/alerts/schemas";
import type { AlertRuleView } from "@/lib/alerts/alert-types";

// Rule changes are audited as category "system": alerting is part of running Gatehouse.

export async function listRules(): Promise<AlertRuleView[]> {
  await seedBuiltInRules();
  const rules = await db.alertRule.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  // Built-ins first, in their documented order; then custom rules, oldest first.
  const rank = (key: string | null) =>
    key === null ? BUILT_IN_RULES.length : BUILT_IN_RULES.findIndex((r) => r.builtIn === key);
  return rules.sort((a, b) => rank(a.builtIn) - rank(b.builtIn)).map(ruleView);
}

export async function getRuleOrThrow(id: string): Promise<AlertRuleView> {
  const rule = await db.alertRule.findUnique({ where: { id } });
  if (!rule) throw new AppError("not_found", "There is no alert rule with this id.");
  return ruleView(rule);
}

export async function createRule(input: CreateRuleInput, by: AuditBy): Promise<AlertRuleView> {
  const rule = await db.alertRule.create({
    data: {
      name: input.name,
      metric: input.metric,
      scope: input.scope,
      server: input.scope === "all" ? null : (input.server ?? null),
      tool: input.scope === "tool" ? (input.tool ?? null) : null,
      comparison: input.comparison,
      threshold: input.threshold,
      forSeconds: input.forSeconds,
      windowSeconds: input.windowSeconds ?? 300,
      severity: input.severity,
      isEnabled: input.isEnabled ?? true,
    },
  });
  await audit("alert_rule.create", rule.id, by, { ...input });
  return ruleView(rule);
}

export async function updateRule(id: string, patch: UpdateRuleInput, by: AuditBy): Promise<AlertRuleView> {
  const before = await getRuleOrThrow(id);
  if (patch.threshold !== undefined && (before.metric === "error_rate" || before.metric === "availability")) {
    if (patch.threshold < 0 || patch.threshold > 100)
      throw new AppError("invalid_input", "The request is not valid.", {
        fields: { threshold: ["Use a percentage between 0 and 100"] },
      });
  } else if (patch.threshold !== undefined && patch.threshold < 0) {
    throw new AppError("invalid_input", "The request is not valid.", {
      fields: { threshold: ["Use a threshold of 0 or more"] },
    });
  }
  const rule = await db.alertRule.update({ where: { id }, data: patch });
  const changed = Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [
      key,
      { from: before[key as keyof AlertRuleView], to: value },
    ]),
  );
  await audit(patch.isEnabled === false ? "alert_rule.disable" : "alert_rule.update", id, by, {
    name: rule.name,
    changed,
  });
  return ruleView(rule);
}

export async function deleteRule(id: string, by: AuditBy): Promise<void> {
  const rule = await getRuleOrThrow(id);
  if (rule.builtIn)
    throw new AppError(
      "conflict",
      "Built-in alert rules cannot be deleted. Disable the rule instead (isEnabled: false).",
    );
  await db.alertRule.delete({ where: { id } });
  await audit("alert_rule.delete", id, by, { name: rule.name, metric: rule.metric });
}

async function audit(action: string, target: string, by: AuditBy, details: Record<string, unknown>) {
  await recordEvent({
    category: "system",
    action,
    result: "success",
    actor: by.actor,
    target,
    details,
    meta: by.meta,
  });
}
