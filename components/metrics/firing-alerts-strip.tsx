"use client";

import { BellRing } from "lucide-react";
import { Link } from "@/components/ui/link";
import { formatCondition, formatValue } from "@/components/metrics/alerts/format-alert";
import { useActiveAlerts } from "@/components/metrics/alerts/use-alerts-api";

/** The alerts firing now, above the overview's figures; nothing when none fire. */
export function FiringAlertsStrip() {
  const alerts = useActiveAlerts();
  const firing = (alerts.data ?? []).filter((alert) => alert.state === "firing");
  if (firing.length === 0) return null;
  return (
    <section
      aria-label="Firing alerts"
      className="mb-4 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200"
    >
      <div className="mb-1 flex items-center gap-2 font-semibold">
        <BellRing className="size-4" aria-hidden="true" />
        {firing.length === 1 ? "1 alert is firing" : `${firing.length} alerts are firing`}
        <Link href="/metrics/alerts" className="ml-auto font-normal underline">
          Alerts
        </Link>
      </div>
      <ul className="space-y-0.5">
        {firing.slice(0, 5).map((alert) => (
          <li key={`${alert.ruleId}/${alert.instance}`}>
            <span className="font-medium">{alert.ruleName}</span>
            {alert.instance ? ` on ${alert.instance}` : ""}: {formatValue(alert.metric, alert.value)} (
            {formatCondition(alert.metric, alert.comparison, alert.threshold)}), {alert.severity}
          </li>
        ))}
      </ul>
    </section>
  );
}
