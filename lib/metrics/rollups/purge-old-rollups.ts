import "server-only";
import { db } from "@/lib/db";
import { COARSE_RETENTION_DAYS, TIER_MS, minuteHorizon } from "@/lib/metrics/rollups/rollup-tiers";

/**
 * Minute rows go after 14 days (their hours and days stay), everything else after 400 days;
 * health-check samples live as long as minute rows, breaker changes as long as the rest. Any
 * process may run it: deleting by age twice deletes nothing more.
 */
export async function purgeOldRollups(now = Date.now()): Promise<void> {
  const minutesBefore = new Date(minuteHorizon(now));
  const coarseBefore = new Date(now - COARSE_RETENTION_DAYS * TIER_MS.day);
  await db.metricRollup.deleteMany({ where: { tier: "minute", bucketStart: { lt: minutesBefore } } });
  await db.metricRollup.deleteMany({ where: { bucketStart: { lt: coarseBefore } } });
  await db.upstreamStateSample.deleteMany({ where: { kind: "health", at: { lt: minutesBefore } } });
  await db.upstreamStateSample.deleteMany({ where: { at: { lt: coarseBefore } } });
}
