import { COMPARISON_SYMBOLS, type AlertComparison, type AlertMetric } from "@/lib/alerts/alert-types";

const UNITS: Partial<Record<AlertMetric, string>> = {
  p50_latency_ms: " ms",
  p95_latency_ms: " ms",
  p99_latency_ms: " ms",
  error_rate: " %",
  availability: " %",
  calls_per_second: "/s",
};

export function formatValue(metric: AlertMetric, value: number | null): string {
  if (value === null) return "no data";
  return `${Math.round(value * 100) / 100}${UNITS[metric] ?? ""}`;
}

export function formatCondition(metric: AlertMetric, comparison: AlertComparison, threshold: number): string {
  return `${COMPARISON_SYMBOLS[comparison]} ${formatValue(metric, threshold)}`;
}

export function formatFor(seconds: number): string {
  if (seconds === 0) return "at once";
  if (seconds % 60 === 0) return `for ${seconds / 60} min`;
  return `for ${seconds} s`;
}
