import type { Db } from "@/lib/db";

type AlertRule = Awaited<ReturnType<Db["alertRule"]["findFirstOrThrow"]>>;
import type { AlertRuleView } from "@/lib/alerts/alert-types";

export function ruleView(rule: AlertRule): AlertRuleView {
  return {
    ...rule,
    metric: rule.metric as AlertRuleView["metric"],
    scope: rule.scope as AlertRuleView["scope"],
    comparison: rule.comparison as AlertRuleView["comparison"],
    severity: rule.severity as AlertRuleView["severity"],
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
