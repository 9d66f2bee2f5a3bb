import "server-only";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { encodeSketch } from "@/lib/metrics/sketch/latency-sketch";
import { addCall, newAccumulator, type RollupAccumulator } from "@/lib/metrics/rollups/rollup-accumulator";
import { ROLLUP_TIERS, TIER_MS, bucketStartOf, type RollupTier } from "@/lib/metrics/rollups/rollup-tiers";
import type { GatewayOutcome } from "@/lib/metrics/gateway-metrics";

export type RollupDimension = "all" | "server" | "tool" | "key" | "role";

export type RollupCall = {
  server: string;
  tool: string;
  keyId: string | null;
  roles: readonly string[];
  outcome: GatewayOutcome;
  durationMs: number;
};

/** One row as flushed: a series' totals in one bucket. */
export type RollupRow = {
  tier: RollupTier;
  bucketStart: Date;
  dimension: RollupDimension;
  server: string;
  name: string;
  calls: number;
  errors: number;
  denied: number;
  rateLimited: number;
  outcomes: string;
  latencySumMs: number;
  latencySketch: string | null;
  peakInflight: number;
};

type Series = { dimension: RollupDimension; server: string; name: string; totals: RollupAccumulator };
type Bucket = { tier: RollupTier; start: number; series: Map<string, Series> };

// The buckets this process has totals for: the current minute, hour and day of every series, and
// past ones until their last totals are written. Kept on globalThis (one per process).
const buckets = processSingleton("metrics.rollup-buckets", () => new Map<string, Bucket>());

function bucketOf(tier: RollupTier, at: number): Bucket {
  const start = bucketStartOf(tier, at);
  const key = `${tier}:${start}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = { tier, start, series: new Map() };
    buckets.set(key, bucket);
  }
  return bucket;
}

function seriesOf(
  bucket: Bucket,
  dimension: RollupDimension,
  server: string,
  name: string,
): RollupAccumulator {
  const key = `${dimension}\u0000${server}\u0000${name}`;
  let series = bucket.series.get(key);
  if (!series) {
    // Latency quantiles are charted for traffic, servers and tools; keys and roles are ranked by counts.
    const withSketch = dimension === "all" || dimension === "server" || dimension === "tool";
    series = { dimension, server, name, totals: newAccumulator(withSketch) };
    bucket.series.set(key, series);
  }
  return series.totals;
}

/** Counts one gateway call in this minute's, hour's and day's rollups (in memory until the next flush). */
export function recordRollupCall(call: RollupCall, at = Date.now()): void {
  if (!env.METRICS_ROLLUPS) return;
  for (const tier of ROLLUP_TIERS) {
    const bucket = bucketOf(tier, at);
    addCall(seriesOf(bucket, "all", "", ""), call.outcome, call.durationMs);
    addCall(seriesOf(bucket, "server", call.server, ""), call.outcome, call.durationMs);
    addCall(seriesOf(bucket, "tool", call.server, call.tool), call.outcome, call.durationMs);
    if (call.keyId) addCall(seriesOf(bucket, "key", "", call.keyId), call.outcome, call.durationMs);
    for (const role of call.roles) addCall(seriesOf(bucket, "role", "", role), call.outcome, call.durationMs);
  }
}

/** Notes how many calls hold the server's bulkhead slots as one starts; buckets keep the peak. */
export function noteServerInflight(server: string, active: number, at = Date.now()): void {
  if (!env.METRICS_ROLLUPS) return;
  for (const tier of ROLLUP_TIERS) {
    const totals = seriesOf(bucketOf(tier, at), "server", server, "");
    if (active > totals.peakInflight) {
      totals.peakInflight = active;
      totals.dirty = true;
    }
  }
}

export type RollupBatch = {
  rows: RollupRow[];
  /** after the rows are stored: forgets buckets that are over */
  written(): void;
  /** the rows could not be stored: they go out again with the next flush */
  failed(): void;
};

/** The series changed since the last flush, as rows of their running totals. */
export function takeChangedRollups(now = Date.now()): RollupBatch {
  const rows: RollupRow[] = [];
  const taken: RollupAccumulator[] = [];
  for (const bucket of buckets.values()) {
    for (const { dimension, server, name, totals } of bucket.series.values()) {
      if (!totals.dirty) continue;
      totals.dirty = false;
      taken.push(totals);
      rows.push({
        tier: bucket.tier,
        bucketStart: new Date(bucket.start),
        dimension,
        server,
        name,
        calls: totals.calls,
        errors: totals.errors,
        denied: totals.denied,
        rateLimited: totals.rateLimited,
        outcomes: JSON.stringify(totals.outcomes),
        latencySumMs: totals.latencySumMs,
        latencySketch: totals.sketch ? encodeSketch(totals.sketch) : null,
        peakInflight: totals.peakInflight,
      });
    }
  }
  return {
    rows,
    written() {
      for (const [key, bucket] of buckets)
        if (
          bucket.start + TIER_MS[bucket.tier] <= now &&
          ![...bucket.series.values()].some((s) => s.totals.dirty)
        )
          buckets.delete(key);
    },
    failed() {
      for (const totals of taken) totals.dirty = true;
    },
  };
}
