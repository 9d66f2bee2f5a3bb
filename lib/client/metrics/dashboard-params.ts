import { METRIC_RANGES, type MetricRange } from "@/lib/metrics/dashboard-types";

/** What a dashboard shows, as its URL says: ?range=1h or ?range=custom&from=…&to=… */
export type DashboardParams = { range: MetricRange; from?: string; to?: string };

export function readDashboardParams(search: URLSearchParams): DashboardParams {
  const range = search.get("range");
  if (range === "custom")
    return { range, from: search.get("from") ?? undefined, to: search.get("to") ?? undefined };
  return {
    range: (METRIC_RANGES as readonly string[]).includes(range ?? "") ? (range as MetricRange) : "1h",
  };
}

export function dashboardQueryString(params: DashboardParams): string {
  const query = new URLSearchParams({ range: params.range });
  if (params.range === "custom") {
    if (params.from) query.set("from", params.from);
    if (params.to) query.set("to", params.to);
  }
  return query.toString();
}

/** Ranges that end now are live: they follow the clock with a 5 s refresh. */
export function isLiveRange(params: DashboardParams): boolean {
  return params.range === "15m" || params.range === "1h";
}
