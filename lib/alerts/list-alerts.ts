import "server-only";
import { db } from "@/lib/db";
import type { ActiveAlertView, AlertEventView } from "@/lib/alerts/alert-types";

/** The alerts firing or pending now, firing and critical first. */
export async function listActiveAlerts(): Promise<ActiveAlertView[]> {
  const states = await db.alertState.findMany({
    where: { state: { in: ["firing", "pending"] }, rule: { isEnabled: true } },
    include: { rule: true },
  });
  const rank = (a: ActiveAlertView) => (a.state === "firing" ? 0 : 2) + (a.severity === "critical" ? 0 : 1);
  return states
    .map((s): ActiveAlertView => ({
      ruleId: s.ruleId,
      ruleName: s.rule.name,
      metric: s.rule.metric as ActiveAlertView["metric"],
      severity: s.rule.severity as ActiveAlertView["severity"],
      instance: s.instance,
      state: s.state as ActiveAlertView["state"],
      value: s.value,
      threshold: s.rule.threshold,
      comparison: s.rule.comparison as ActiveAlertView["comparison"],
      pendingSince: s.pendingSince?.toISOString() ?? null,
      firedAt: s.firedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => rank(a) - rank(b) || a.ruleName.localeCompare(b.ruleName));
}

export async function listAlertHistory(input: { page: number; pageSize: number; ruleId?: string }) {
  const where = input.ruleId ? { ruleId: input.ruleId } : {};
  const [total, rows] = await Promise.all([
    db.alertEvent.count({ where }),
    db.alertEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const events = rows.map((row): AlertEventView => ({
    ...row,
    state: row.state as AlertEventView["state"],
    severity: row.severity as AlertEventView["severity"],
    metric: row.metric as AlertEventView["metric"],
    at: row.at.toISOString(),
  }));
  return { events, total, page: input.page, pageSize: input.pageSize };
}
