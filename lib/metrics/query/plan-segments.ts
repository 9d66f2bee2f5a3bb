import { TIER_MS, bucketStartOf, minuteHorizon, type RollupTier } from "@/lib/metrics/rollups/rollup-tiers";

/** A stretch [from, to) read from one tier's rows (both ends on that tier's bucket boundaries). */
export type RollupSegment = { tier: RollupTier; from: Date; to: Date };

const COARSEST_FIRST: RollupTier[] = ["day", "hour", "minute"];

function ceilTo(tier: RollupTier, at: number): number {
  const start = bucketStartOf(tier, at);
  return start === at ? at : start + TIER_MS[tier];
}

function cover(from: number, to: number, level: number, into: RollupSegment[]): void {
  if (from >= to) return;
  const tier = COARSEST_FIRST[level];
  if (tier === "minute") {
    into.push({ tier, from: new Date(from), to: new Date(to) });
    return;
  }
  const first = ceilTo(tier, from);
  const last = bucketStartOf(tier, to);
  if (first >= last) return cover(from, to, level + 1, into);
  cover(from, first, level + 1, into);
  into.push({ tier, from: new Date(first), to: new Date(last) });
  cover(last, to, level + 1, into);
}

/**
 * The fewest rows that cover [from, to) at minute precision: whole days, then whole hours, then
 * minutes at the edges (30 days of one series is ~200 rows instead of 43,200). The current
 * minute counts whole. Minutes past their 14 days are gone, so such an edge widens to its hours.
 */
export function planSegments(from: Date, to: Date, now = Date.now()): RollupSegment[] {
  const start = bucketStartOf("minute", from.getTime());
  const end = ceilTo("minute", to.getTime());
  const planned: RollupSegment[] = [];
  cover(start, end, 0, planned);
  const horizon = minuteHorizon(now);
  return planned.map((segment) =>
    segment.tier === "minute" && segment.from.getTime() < horizon
      ? {
          tier: "hour",
          from: new Date(bucketStartOf("hour", segment.from.getTime())),
          to: new Date(ceilTo("hour", segment.to.getTime())),
        }
      : segment,
  );
}
