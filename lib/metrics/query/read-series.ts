import "server-only";
import { db } from "@/lib/db";
import { RowMerger, SUMMARY_COLUMNS } from "@/lib/metrics/query/merge-rows";
import { scopeWhere, type RollupScope } from "@/lib/metrics/query/summarize-rollups";
import type { DashboardWindow, SeriesPoint } from "@/lib/metrics/dashboard-types";
import type { RollupTier } from "@/lib/metrics/rollups/rollup-tiers";

export type ChartWindow = DashboardWindow & { tier: RollupTier };

/** Each step's start (ms) from the window's start up to its end. */
export function stepStarts(window: ChartWindow): number[] {
  const step = window.stepSeconds * 1000;
  const starts: number[] = [];
  for (let t = Date.parse(window.from); t < Date.parse(window.to); t += step) starts.push(t);
  return starts;
}

/** Per chart step, the merged rows of one scope (steps with no calls included, as zeros). */
export async function readStepMergers(
  scope: RollupScope,
  window: ChartWindow,
): Promise<Map<number, RowMerger>> {
  const step = window.stepSeconds * 1000;
  const rows = await db.metricRollup.findMany({
    where: {
      ...scopeWhere(scope),
      tier: window.tier,
      bucketStart: { gte: new Date(window.from), lt: new Date(window.to) },
    },
    select: { ...SUMMARY_COLUMNS, bucketStart: true },
  });
  const byStep = new Map<number, RowMerger>(stepStarts(window).map((t) => [t, new RowMerger()]));
  for (const row of rows) {
    const t = row.bucketStart.getTime();
    const start = t - (t % step);
    let merger = byStep.get(start);
    if (!merger) byStep.set(start, (merger = new RowMerger()));
    merger.add(row);
  }
  return byStep;
}

/** The chart series of one scope: calls/s, error rate and merged latency quantiles per step. */
export async function readSeries(scope: RollupScope, window: ChartWindow): Promise<SeriesPoint[]> {
  return seriesFrom(await readStepMergers(scope, window), window.stepSeconds);
}

export function seriesFrom(byStep: Map<number, RowMerger>, stepSeconds: number): SeriesPoint[] {
  return [...byStep.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, merger]) => {
      const s = merger.summary();
      return {
        t: new Date(t).toISOString(),
        calls: s.calls,
        callsPerSecond: s.calls / stepSeconds,
        errors: s.errors,
        errorRate: s.calls > 0 ? s.errors / s.calls : null,
        denied: s.denied,
        rateLimited: s.rateLimited,
        p50: s.p50,
        p95: s.p95,
        p99: s.p99,
      };
    });
}
