// The rollups' time buckets (UTC). Minute rows answer recent, fine-grained charts; hour and day
// rows answer long ranges and keep 400 days (the minutes are "downsampled" by being dropped after
// 14 days, since every call also landed in its hour and day).

export const ROLLUP_TIERS = ["minute", "hour", "day"] as const;
export type RollupTier = (typeof ROLLUP_TIERS)[number];

export const TIER_MS: Record<RollupTier, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

export const MINUTE_RETENTION_DAYS = 14;
export const COARSE_RETENTION_DAYS = 400;

/** The start (epoch ms) of the bucket of `tier` that holds `at`. */
export function bucketStartOf(tier: RollupTier, at: number): number {
  return at - (at % TIER_MS[tier]);
}

/** The oldest instant that still has minute rows. */
export function minuteHorizon(now: number): number {
  return bucketStartOf("minute", now - MINUTE_RETENTION_DAYS * TIER_MS.day);
}
