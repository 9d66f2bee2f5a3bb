import type { AlertComparison, AlertMetric, AlertSeverity } from "@/lib/alerts/alert-types";

// The seed thresholds of issue 13. Seeding creates a missing row and never overwrites an operator's
// edits (threshold, for, severity, enabled stay as they set them).
export type BuiltInRule = {
  builtIn: string;
  name: string;
  metric: AlertMetric;
  comparison: AlertComparison;
  threshold: number;
  forSeconds: number;
  windowSeconds: number;
  severity: AlertSeverity;
};

export const BUILT_IN_RULES: readonly BuiltInRule[] = [
  {
    builtIn: "p95_latency",
    name: "p95 latency above 5 s",
    metric: "p95_latency_ms",
    comparison: "gt",
    threshold: 5000,
    forSeconds: 0,
    windowSeconds: 300,
    severity: "warning",
  },
  {
    builtIn: "error_rate_warning",
    name: "Error rate above 5 %",
    metric: "error_rate",
    comparison: "gt",
    threshold: 5,
    forSeconds: 0,
    windowSeconds: 300,
    severity: "warning",
  },
  {
    builtIn: "error_rate_critical",
    name: "Error rate above 10 %",
    metric: "error_rate",
    comparison: "gt",
    threshold: 10,
    forSeconds: 0,
    windowSeconds: 300,
    severity: "critical",
  },
  {
    builtIn: "availability",
    name: "Availability below 99 %",
    metric: "availability",
    comparison: "lt",
    threshold: 99,
    forSeconds: 0,
    windowSeconds: 3600,
    severity: "warning",
  },
  {
    builtIn: "p99_latency",
    name: "p99 latency above 1 s for 5 minutes",
    metric: "p99_latency_ms",
    comparison: "gt",
    threshold: 1000,
    forSeconds: 300,
    windowSeconds: 300,
    severity: "warning",
  },
  {
    builtIn: "upstream_down",
    name: "Upstream down for 1 minute",
    metric: "upstream_down",
    comparison: "gte",
    threshold: 1,
    forSeconds: 60,
    windowSeconds: 300,
    severity: "critical",
  },
  {
    builtIn: "circuit_open",
    name: "Circuit open",
    metric: "circuit_open",
    comparison: "gte",
    threshold: 1,
    forSeconds: 0,
    windowSeconds: 300,
    severity: "warning",
  },
];
