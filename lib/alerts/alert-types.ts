// The vocabulary of alert rules (see AlertRule in prisma/models.prisma). Types and constants only,
// so that the console can import them without server code.

export const ALERT_METRICS = [
  "p50_latency_ms",
  "p95_latency_ms",
  "p99_latency_ms",
  "error_rate",
  "availability",
  "calls_per_second",
  "upstream_down",
  "circuit_open",
] as const;
export type AlertMetric = (typeof ALERT_METRICS)[number];

/** Metrics read per server from UpstreamStateSample: a rule over scope all has one instance per server. */
export const UPSTREAM_METRICS: ReadonlySet<AlertMetric> = new Set([
  "upstream_down",
  "circuit_open",
  "availability",
]);

export const ALERT_SCOPES = ["all", "server", "tool"] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];
export const ALERT_COMPARISONS = ["gt", "gte", "lt", "lte"] as const;
export type AlertComparison = (typeof ALERT_COMPARISONS)[number];
export const ALERT_SEVERITIES = ["warning", "critical"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStateName = "pending" | "firing" | "resolved";

export const METRIC_LABELS: Record<AlertMetric, string> = {
  p50_latency_ms: "p50 latency (ms)",
  p95_latency_ms: "p95 latency (ms)",
  p99_latency_ms: "p99 latency (ms)",
  error_rate: "Error rate (%)",
  availability: "Availability (%)",
  calls_per_second: "Calls per second",
  upstream_down: "Upstream down (1 = down)",
  circuit_open: "Circuit open (1 = open)",
};
export const COMPARISON_SYMBOLS: Record<AlertComparison, string> = { gt: ">", gte: "≥", lt: "<", lte: "≤" };

export type AlertRuleView = {
  id: string;
  builtIn: string | null;
  name: string;
  metric: AlertMetric;
  scope: AlertScope;
  server: string | null;
  tool: string | null;
  comparison: AlertComparison;
  threshold: number;
  forSeconds: number;
  windowSeconds: number;
  severity: AlertSeverity;
  isEnabled: boolean;
  createdAt: string;
  updatedAt: string;
};

export type ActiveAlertView = {
  ruleId: string;
  ruleName: string;
  metric: AlertMetric;
  severity: AlertSeverity;
  instance: string;
  state: "pending" | "firing";
  value: number | null;
  threshold: number;
  comparison: AlertComparison;
  pendingSince: string | null;
  firedAt: string | null;
};

export type AlertEventView = {
  id: number;
  ruleId: string;
  ruleName: string;
  instance: string;
  state: AlertStateName;
  severity: AlertSeverity;
  metric: AlertMetric;
  value: number | null;
  threshold: number;
  at: string;
};

export type AlertWebhookView = {
  id: string;
  name: string;
  url: string;
  minSeverity: AlertSeverity;
  isEnabled: boolean;
  createdAt: string;
};

export type AlertDeliveryView = {
  id: number;
  alertEventId: number;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
};
