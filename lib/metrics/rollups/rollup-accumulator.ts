import { newLatencySketch, type LatencySketch } from "@/lib/metrics/sketch/latency-sketch";
import { outcomeGroupOf } from "@/lib/metrics/rollups/outcome-groups";
import type { GatewayOutcome } from "@/lib/metrics/gateway-metrics";

/** A process's running totals for one series in one bucket; written whole at every flush. */
export type RollupAccumulator = {
  calls: number;
  errors: number;
  denied: number;
  rateLimited: number;
  outcomes: Record<string, number>;
  latencySumMs: number;
  /** null for key and role series: their tables rank counts only */
  sketch: LatencySketch | null;
  peakInflight: number;
  /** changed since the last flush */
  dirty: boolean;
};

export function newAccumulator(withSketch: boolean): RollupAccumulator {
  return {
    calls: 0,
    errors: 0,
    denied: 0,
    rateLimited: 0,
    outcomes: {},
    latencySumMs: 0,
    sketch: withSketch ? newLatencySketch() : null,
    peakInflight: 0,
    dirty: false,
  };
}

export function addCall(into: RollupAccumulator, outcome: GatewayOutcome, durationMs: number): void {
  into.calls += 1;
  const group = outcomeGroupOf(outcome);
  if (group === "error") into.errors += 1;
  else if (group === "denied") into.denied += 1;
  else if (group === "rate_limited") into.rateLimited += 1;
  into.outcomes[outcome] = (into.outcomes[outcome] ?? 0) + 1;
  into.latencySumMs += durationMs;
  into.sketch?.accept(Math.max(durationMs, 0));
  into.dirty = true;
}
