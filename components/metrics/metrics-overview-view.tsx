"use client";

import { Activity } from "lucide-react";
import { AvailabilityTable } from "@/components/metrics/availability-table";
import { DashboardFrame } from "@/components/metrics/dashboard-frame";
import { FiringAlertsStrip } from "@/components/metrics/firing-alerts-strip";
import { SummaryTiles } from "@/components/metrics/summary-tiles";
import { TopTable } from "@/components/metrics/top-table";
import { TrafficCharts } from "@/components/metrics/traffic-charts";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { auditDrillLink } from "@/lib/client/metrics/audit-drill-link";
import { useDashboard } from "@/lib/client/metrics/use-dashboard";
import { useDashboardUrl } from "@/lib/client/metrics/use-dashboard-url";
import type { OverviewDashboard, TopRow } from "@/lib/metrics/dashboard-types";
import { P95_CANDIDATES } from "@/lib/metrics/query/top-limits";

/** Metrics → Overview: all gateway traffic over the chosen range. */
export function MetricsOverviewView() {
  const url = useDashboardUrl();
  const query = useDashboard<OverviewDashboard>("/api/v1/metrics/overview", url.params, url.isPaused);
  return (
    <DashboardFrame
      title="Metrics"
      description="Gateway calls per minute from every Gatehouse process: throughput, errors and latency quantiles merged across replicas."
      url={url}
      query={query}
    >
      {(d) => {
        const toolHref = (row: TopRow) =>
          `/metrics/servers/${encodeURIComponent(row.server)}/tools/${encodeURIComponent(row.tool ?? "")}?${url.queryString}`;
        const toolAudit = (outcome?: string) => (row: TopRow) =>
          auditDrillLink(d.window, { tool: `${row.server}/${row.tool}`, outcome });
        const keyAudit = (outcome: string) => (row: TopRow) =>
          `${auditDrillLink(d.window, { outcome })}&actor=${encodeURIComponent(row.keyId ?? "")}`;
        return (
          <>
            <FiringAlertsStrip />
            <SummaryTiles summary={d.summary} window={d.window} />
            {d.summary.calls === 0 && (
              <Panel className="mb-4">
                <EmptyState icon={Activity} title="No gateway calls in this range">
                  Calls to <code>/api/mcp</code> appear here within about ten seconds (each process writes its
                  figures every 10 s). Try a longer range, or make a call with an API key.
                </EmptyState>
              </Panel>
            )}
            <TrafficCharts series={d.series} window={d.window} />
            <div className="mb-4 grid grid-cols-1 gap-3 lg:grid-cols-2 2xl:grid-cols-3">
              <TopTable
                title="Top tools by calls"
                rows={d.topByCalls}
                columns={["calls", "errorRate"]}
                empty="No calls in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit()}
              />
              <TopTable
                title="Top tools by errors"
                rows={d.topByErrors}
                columns={["errors", "errorRate"]}
                empty="No errors in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit("errors")}
              />
              <TopTable
                title="Slowest tools (p95)"
                note={`Among the ${P95_CANDIDATES} busiest tools.`}
                rows={d.topByP95}
                columns={["p95", "calls"]}
                empty="No calls in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit()}
              />
            </div>
            <div className="mb-4 grid grid-cols-1 gap-3 lg:grid-cols-2">
              <TopTable
                title="Keys most often denied"
                rows={d.topDeniedKeys}
                columns={["denied", "calls"]}
                empty="No key was denied in this range."
                auditHrefOf={keyAudit("denied")}
              />
              <TopTable
                title="Keys most often rate-limited"
                rows={d.topRateLimitedKeys}
                columns={["rateLimited", "calls"]}
                empty="No key was rate-limited in this range."
                auditHrefOf={keyAudit("rate_limited")}
              />
            </div>
            <AvailabilityTable rows={d.availability} queryString={url.queryString} />
          </>
        );
      }}
    </DashboardFrame>
  );
}
