"use client";

import { Link } from "@/components/ui/link";
import { DashboardFrame } from "@/components/metrics/dashboard-frame";
import { StateBands } from "@/components/metrics/state-bands";
import { SummaryTiles } from "@/components/metrics/summary-tiles";
import { TimeChart } from "@/components/metrics/time-chart";
import { TopTable } from "@/components/metrics/top-table";
import { TrafficCharts } from "@/components/metrics/traffic-charts";
import { Panel } from "@/components/ui/panel";
import { auditDrillLink } from "@/lib/client/metrics/audit-drill-link";
import { formatMs, formatRate } from "@/lib/client/metrics/format-metric";
import { useDashboard } from "@/lib/client/metrics/use-dashboard";
import { useDashboardUrl } from "@/lib/client/metrics/use-dashboard-url";
import type { ServerDashboard, TopRow } from "@/lib/metrics/dashboard-types";

/** Metrics → one upstream: its traffic, health checks, breaker states and bulkhead saturation. */
export function ServerMetricsView({ slug }: { slug: string }) {
  const url = useDashboardUrl();
  const query = useDashboard<ServerDashboard>(
    `/api/v1/metrics/servers/${encodeURIComponent(slug)}`,
    url.params,
    url.isPaused,
  );
  return (
    <DashboardFrame
      title={query.data ? `Metrics: ${query.data.server.name}` : "Metrics"}
      description={`Calls to ${slug}, its health checks and its circuit breaker over the range.`}
      actions={
        <Link
          href={`/metrics?${url.queryString}`}
          className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
        >
          All traffic
        </Link>
      }
      url={url}
      query={query}
    >
      {(d) => {
        const toolHref = (row: TopRow) =>
          `/metrics/servers/${encodeURIComponent(slug)}/tools/${encodeURIComponent(row.tool ?? "")}?${url.queryString}`;
        const toolAudit = (outcome?: string) => (row: TopRow) =>
          auditDrillLink(d.window, { tool: `${row.server}/${row.tool}`, outcome });
        const lastCheck = d.healthChecks.at(-1);
        return (
          <>
            <SummaryTiles summary={d.summary} window={d.window} />
            <TrafficCharts series={d.series} window={d.window} scope={{ serverId: d.server.id }} />
            <Panel className="mb-4 space-y-3 p-4">
              <h2 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
                Health and circuit breaker
              </h2>
              <StateBands label="Health checks" bands={d.healthBands} from={d.window.from} to={d.window.to} />
              <StateBands
                label="Circuit breaker"
                bands={d.breakerBands}
                from={d.window.from}
                to={d.window.to}
              />
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Availability{" "}
                {d.availability === null
                  ? "unknown (no health checks in this range)"
                  : formatRate(d.availability)}
                {" · "}
                {d.healthChecks.length} checks
                {lastCheck
                  ? `; last ${lastCheck.state} in ${formatMs(lastCheck.latencyMs)} at ${new Date(lastCheck.at).toLocaleTimeString()}`
                  : ""}
              </p>
            </Panel>
            <div className="mb-4 grid grid-cols-1 gap-3 xl:grid-cols-2">
              <TimeChart
                title={`Bulkhead saturation (of ${d.server.maxConcurrent} concurrent calls)`}
                data={d.saturation}
                stepSeconds={d.window.stepSeconds}
                lines={[{ key: "ratio", label: "peak in flight", color: "#8b5cf6" }]}
                formatValue={formatRate}
              />
              <TopTable
                title="Tools by errors"
                rows={d.topByErrors}
                columns={["errors", "errorRate"]}
                empty="No errors in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit("errors")}
              />
            </div>
            <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
              <TopTable
                title="Tools by calls"
                rows={d.topByCalls}
                columns={["calls", "errorRate"]}
                empty="No calls in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit()}
              />
              <TopTable
                title="Slowest tools (p95)"
                rows={d.topByP95}
                columns={["p95", "calls"]}
                empty="No calls in this range."
                hrefOf={toolHref}
                auditHrefOf={toolAudit()}
              />
            </div>
          </>
        );
      }}
    </DashboardFrame>
  );
}
