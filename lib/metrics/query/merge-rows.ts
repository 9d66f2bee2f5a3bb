import {
  mergeEncodedInto,
  newLatencySketch,
  quantileOf,
  type LatencySketch,
} from "@/lib/metrics/sketch/latency-sketch";
import type { RollupSummary } from "@/lib/metrics/dashboard-types";

/** The columns a summary is made of. */
export const SUMMARY_COLUMNS = {
  calls: true,
  errors: true,
  denied: true,
  rateLimited: true,
  outcomes: true,
  latencySumMs: true,
  latencySketch: true,
} as const;

export type SummaryRow = {
  calls: number;
  errors: number;
  denied: number;
  rateLimited: number;
  outcomes: string;
  latencySumMs: number;
  latencySketch: string | null;
};

/** Running totals of rows from any writers and buckets: counts add, sketches merge. */
export class RowMerger {
  calls = 0;
  errors = 0;
  denied = 0;
  rateLimited = 0;
  latencySumMs = 0;
  readonly outcomes: Record<string, number> = {};
  readonly sketch: LatencySketch = newLatencySketch();

  add(row: SummaryRow): this {
    this.calls += row.calls;
    this.errors += row.errors;
    this.denied += row.denied;
    this.rateLimited += row.rateLimited;
    this.latencySumMs += row.latencySumMs;
    for (const [outcome, count] of Object.entries(JSON.parse(row.outcomes) as Record<string, number>))
      this.outcomes[outcome] = (this.outcomes[outcome] ?? 0) + count;
    if (row.latencySketch) mergeEncodedInto(this.sketch, row.latencySketch);
    return this;
  }

  summary(): RollupSummary {
    return {
      calls: this.calls,
      errors: this.errors,
      denied: this.denied,
      rateLimited: this.rateLimited,
      outcomes: this.outcomes,
      latencySumMs: this.latencySumMs,
      p50: quantileOf(this.sketch, 0.5),
      p95: quantileOf(this.sketch, 0.95),
      p99: quantileOf(this.sketch, 0.99),
    };
  }
}
