"use client";

import { useRouter } from "next/navigation";
import { TimeChart } from "@/components/metrics/time-chart";
import { auditDrillLink, type DrillTarget } from "@/lib/client/metrics/audit-drill-link";
import { formatMs, formatRate } from "@/lib/client/metrics/format-metric";
import type { DashboardWindow, SeriesPoint } from "@/lib/metrics/dashboard-types";

/** Calls/s, error rate and latency quantiles; a click on a point opens that bucket's calls in the audit trail. */
export function TrafficCharts({
  series,
  window,
  scope = {},
}: {
  series: SeriesPoint[];
  window: DashboardWindow;
  scope?: DrillTarget;
}) {
  const router = useRouter();
  const drill = (outcome?: string) => (t: string) =>
    router.push(
      auditDrillLink(window, {
        ...scope,
        outcome,
        from: t,
        to: new Date(Date.parse(t) + window.stepSeconds * 1000).toISOString(),
      }),
    );
  return (
    <div className="mb-4 grid grid-cols-1 gap-3 xl:grid-cols-3">
      <TimeChart
        title="Calls per second"
        data={series}
        stepSeconds={window.stepSeconds}
        lines={[{ key: "callsPerSecond", label: "calls/s", color: "#6366f1" }]}
        formatValue={(v) => v.toFixed(v >= 10 ? 0 : 2)}
        onPick={drill()}
      />
      <TimeChart
        title="Error rate"
        data={series}
        stepSeconds={window.stepSeconds}
        lines={[{ key: "errorRate", label: "errors", color: "#ef4444" }]}
        formatValue={formatRate}
        onPick={drill("errors")}
      />
      <TimeChart
        title="Latency"
        data={series}
        stepSeconds={window.stepSeconds}
        lines={[
          { key: "p50", label: "p50", color: "#10b981" },
          { key: "p95", label: "p95", color: "#f59e0b" },
          { key: "p99", label: "p99", color: "#ef4444" },
        ]}
        formatValue={formatMs}
        onPick={drill()}
      />
    </div>
  );
}
