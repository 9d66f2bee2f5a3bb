// The shapes the metrics REST API (app/api/v1/metrics/**) answers with and the console's
// dashboards read. Latencies are milliseconds; rates are fractions (0.05 is 5 %).

export const METRIC_RANGES = ["15m", "1h", "24h", "7d", "30d"] as const;
export type MetricRange = (typeof METRIC_RANGES)[number] | "custom";

/** Counts and merged latency quantiles over one stretch of time and one scope. */
export type RollupSummary = {
  calls: number;
  errors: number;
  denied: number;
  rateLimited: number;
  /** every outcome's count (success, upstream_error, timeout, denied, rate_limited, ...) */
  outcomes: Record<string, number>;
  latencySumMs: number;
  /** null when there were no calls */
  p50: number | null;
  p95: number | null;
  p99: number | null;
};

/** One point of a chart: a bucket starting at `t` (ISO), `stepSeconds` long. */
export type SeriesPoint = {
  t: string;
  calls: number;
  callsPerSecond: number;
  errors: number;
  errorRate: number | null;
  denied: number;
  rateLimited: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
};

export type TopRow = {
  server: string;
  /** tool rows */
  tool?: string;
  /** key rows: the API key's id and name */
  keyId?: string;
  keyName?: string;
  calls: number;
  errors: number;
  errorRate: number | null;
  denied: number;
  rateLimited: number;
  p95: number | null;
};

/** A stretch of one state: health (healthy | degraded | down | unknown) or breaker (closed | open | half_open). */
export type StateBand = { from: string; to: string; state: string };

export type AvailabilityRow = {
  server: string;
  serverId: string;
  name: string;
  /** share of the range the server was up (healthy or degraded), null with no health checks */
  availability: number | null;
  health: string;
  breaker: string;
};

export type DashboardWindow = { from: string; to: string; stepSeconds: number; range: MetricRange };

export type OverviewDashboard = {
  window: DashboardWindow;
  summary: RollupSummary;
  series: SeriesPoint[];
  topByCalls: TopRow[];
  topByErrors: TopRow[];
  topByP95: TopRow[];
  topDeniedKeys: TopRow[];
  topRateLimitedKeys: TopRow[];
  availability: AvailabilityRow[];
};

export type ServerDashboard = {
  window: DashboardWindow;
  server: { id: string; slug: string; name: string; maxConcurrent: number };
  summary: RollupSummary;
  series: SeriesPoint[];
  topByCalls: TopRow[];
  topByErrors: TopRow[];
  topByP95: TopRow[];
  healthBands: StateBand[];
  breakerBands: StateBand[];
  /** health checks in the range: when, result, how long it took */
  healthChecks: { at: string; state: string; latencyMs: number | null }[];
  /** per bucket: the most calls in flight at once over maxConcurrent */
  saturation: { t: string; peakInflight: number; ratio: number }[];
  availability: number | null;
};

export type ToolDashboard = {
  window: DashboardWindow;
  server: { id: string; slug: string; name: string };
  tool: string;
  summary: RollupSummary;
  series: SeriesPoint[];
  /** outcome counts per bucket, for the stacked outcome chart */
  outcomeSeries: ({ t: string } & Record<string, number | string>)[];
};
