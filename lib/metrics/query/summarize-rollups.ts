import "server-only";
import { db, type Prisma } from "@/lib/db";
import { planSegments } from "@/lib/metrics/query/plan-segments";
import { RowMerger, SUMMARY_COLUMNS } from "@/lib/metrics/query/merge-rows";
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
    select: SUMMARY_COLUMNS,
  });
  const merger = new RowMerger();
  for (const row of rows) merger.add(row);
  return merger.summary();
}
