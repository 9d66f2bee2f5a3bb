import "server-only";
import { db } from "@/lib/db";
import { errorFields, log } from "@/lib/log";
import { evaluateTransition, isBreached, type InstanceState } from "@/lib/alerts/evaluate-transition";
import { readMetricValues } from "@/lib/alerts/read-metric-values";
import { queueNotifications } from "@/lib/alerts/deliver-notifications";
import { seedBuiltInRules } from "@/lib/alerts/seed-built-in-rules";
import type { AlertComparison, AlertStateName } from "@/lib/alerts/alert-types";

/**
 * One evaluation of every rule (the thin DB side of evaluateTransition): reads each rule's value
 * per instance, moves its AlertState rows, writes AlertEvent history and queues webhook
 * deliveries for firing and resolved. A disabled rule's active instances resolve. Callers hold
 * the "alerts_lock" lease (schedule-alert-evaluation.ts), so only one process does this at a time.
 */
export async function evaluateAlerts(now: Date = new Date()): Promise<void> {
  await seedBuiltInRules();
  const rules = await db.alertRule.findMany({ include: { states: true } });
  for (const rule of rules) {
    try {
      const { values, since } = rule.isEnabled
        ? await readMetricValues(rule, now)
        : { values: new Map<string, number | null>(), since: new Map<string, Date>() };
      const instances = new Set([...values.keys(), ...rule.states.map((s) => s.instance)]);
      for (const instance of instances) {
        const row = rule.states.find((s) => s.instance === instance) ?? null;
        const value = values.get(instance) ?? null;
        const breached =
          rule.isEnabled && isBreached(value, rule.comparison as AlertComparison, rule.threshold);
        const previous: InstanceState | null = row
          ? {
              state: row.state as AlertStateName,
              pendingSince: row.pendingSince,
              firedAt: row.firedAt,
              resolvedAt: row.resolvedAt,
            }
          : null;
        const { next, events } = evaluateTransition({
          previous,
          breached,
          now,
          forSeconds: rule.forSeconds,
          since: since.get(instance),
        });
        if (!next && !row) continue;
        // The state, its history rows and their deliveries together, or none of them.
        await db.$transaction(async (tx) => {
          if (!next) await tx.alertState.delete({ where: { id: row!.id } });
          else
            await tx.alertState.upsert({
              where: { ruleId_instance: { ruleId: rule.id, instance } },
              create: { ruleId: rule.id, instance, ...next, value, lastEvaluatedAt: now },
              update: { ...next, value, lastEvaluatedAt: now },
            });
          for (const state of events) {
            const event = await tx.alertEvent.create({
              data: {
                ruleId: rule.id,
                ruleName: rule.name,
                instance,
                state,
                severity: rule.severity,
                metric: rule.metric,
                value,
                threshold: rule.threshold,
                at: now,
              },
            });
            if (state !== "pending") await queueNotifications(tx, event.id, rule.severity, now);
          }
        });
      }
    } catch (error) {
      // One broken rule (e.g. a server renamed) must not stop the others.
      log.warn("alert rule evaluation failed", { rule: rule.id, ...errorFields(error) });
    }
  }
}
