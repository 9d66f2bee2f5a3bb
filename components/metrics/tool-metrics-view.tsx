"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { DashboardFrame } from "@/components/metrics/dashboard-frame";
import { OutcomeChart } from "@/components/metrics/outcome-chart";
import { SummaryTiles } from "@/components/metrics/summary-tiles";
import { TrafficCharts } from "@/components/metrics/traffic-charts";
import { Panel } from "@/components/ui/panel";
import { auditDrillLink } from "@/lib/client/metrics/audit-drill-link";
import { formatCount } from "@/lib/client/metrics/format-metric";
import { useDashboard } from "@/lib/client/metrics/use-dashboard";
import { useDashboardUrl } from "@/lib/client/metrics/use-dashboard-url";
import type { ToolDashboard } from "@/lib/metrics/dashboard-types";

/** Metrics → one tool: its traffic, latency and outcome breakdown. */
export function ToolMetricsView({ slug, tool }: { slug: string; tool: string }) {
  const url = useDashboardUrl();
  const router = useRouter();
  const path = `/api/v1/metrics/servers/${encodeURIComponent(slug)}/tools/${encodeURIComponent(tool)}`;
  const query = useDashboard<ToolDashboard>(path, url.params, url.isPaused);
  return (
    <DashboardFrame
      title={`Metrics: ${slug}/${tool}`}
      description="One tool's calls, latency and outcomes. Click a bar to open those calls in the audit trail."
      actions={
        <Link
          href={`/metrics/servers/${encodeURIComponent(slug)}?${url.queryString}`}
          className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
        >
          Server {slug}
        </Link>
      }
      url={url}
      query={query}
    >
      {(d) => {
        const target = { tool: `${slug}/${tool}` };
        return (
          <>
            <SummaryTiles summary={d.summary} window={d.window} />
            <TrafficCharts series={d.series} window={d.window} scope={target} />
            <div className="grid grid-cols-1 gap-3 xl:grid-cols-3">
              <div className="xl:col-span-2">
                <OutcomeChart
                  data={d.outcomeSeries}
                  stepSeconds={d.window.stepSeconds}
                  onPick={(t, outcome) =>
                    router.push(
                      auditDrillLink(d.window, {
                        ...target,
                        outcome,
                        from: t,
                        to: new Date(Date.parse(t) + d.window.stepSeconds * 1000).toISOString(),
                      }),
                    )
                  }
                />
              </div>
              <Panel className="p-4">
                <h2 className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
                  Outcome totals
                </h2>
                {Object.keys(d.summary.outcomes).length === 0 ? (
                  <p className="text-sm text-zinc-500 dark:text-zinc-400">No calls in this range.</p>
                ) : (
                  <ul className="space-y-1 text-sm">
                    {Object.entries(d.summary.outcomes)
                      .sort(([, a], [, b]) => b - a)
                      .map(([outcome, count]) => (
                        <li key={outcome} className="flex justify-between gap-2">
                          <Link
                            href={auditDrillLink(d.window, { ...target, outcome })}
                            className="text-indigo-700 hover:underline dark:text-indigo-300"
                          >
                            {outcome.replace("_", " ")}
                          </Link>
                          <span className="tabular-nums">{formatCount(count)}</span>
                        </li>
                      ))}
                  </ul>
                )}
              </Panel>
            </div>
          </>
        );
      }}
    </DashboardFrame>
  );
}
