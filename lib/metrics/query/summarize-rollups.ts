import "server-only";
import { db, type Prisma } from "@/lib/db";
import { mergeEncodedInto, newLatencySketch, quantileOf } from "@/lib/metrics/sketch/latency-sketch";
import { planSegments } from "@/lib/metrics/query/plan-segments";
import type { RollupSummary } from "@/lib/metrics/dashboard-types";

export type RollupScope =
  | { dimension: "all" }
  | { dimension: "server"; server: string }
  | { dimension: "tool"; server: string; tool: string };

/** The rows of one series: its dimension, server and name columns. */
export function scopeWhere(scope: RollupScope): Prisma.MetricRollupWhereInput {
  if (scope.dimension === "all") return { dimension: "all", server: "", name: "" };
  if (scope.dimension === "server") return { dimension: "server", server: scope.server, name: "" };
  return { dimension: "tool", server: scope.server, name: scope.tool };
}

/** The planned segments of [from, to) as one condition on tier and bucketStart. */
export function segmentsWhere(from: Date, to: Date): Prisma.MetricRollupWhereInput {
  return {
    OR: planSegments(from, to).map((segment) => ({
      tier: segment.tier,
      bucketStart: { gte: segment.from, lt: segment.to },
    })),
  };
}

/**
 * Calls, outcomes and latency quantiles of one scope over [from, to), over every process's rows:
 * counts are summed and latency sketches merged, so p95 is the p95 of all those calls.
 */
export async function summarizeRollups(input: {
  scope: RollupScope;
  from: Date;
  to: Date;
}): Promise<RollupSummary> {
  const rows = await db.metricRollup.findMany({
    where: { AND: [scopeWhere(input.scope), segmentsWhere(input.from, input.to)] },
    select: {
      calls: true,
      errors: true,
      denied: true,
      rateLimited: true,
      outcomes: true,
      latencySumMs: true,
      latencySketch: true,
    },
  });
  const sketch = newLatencySketch();
  const summary: RollupSummary = {
    calls: 0,
    errors: 0,
    denied: 0,
    rateLimited: 0,
    outcomes: {},
    latencySumMs: 0,
    p50: null,
    p95: null,
    p99: null,
  };
  for (const row of rows) {
    summary.calls += row.calls;
    summary.errors += row.errors;
    summary.denied += row.denied;
    summary.rateLimited += row.rateLimited;
    summary.latencySumMs += row.latencySumMs;
    for (const [outcome, count] of Object.entries(JSON.parse(row.outcomes) as Record<string, number>))
      summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + count;
    if (row.latencySketch) mergeEncodedInto(sketch, row.latencySketch);
  }
  summary.p50 = quantileOf(sketch, 0.5);
  summary.p95 = quantileOf(sketch, 0.95);
  summary.p99 = quantileOf(sketch, 0.99);
  return summary;
}
