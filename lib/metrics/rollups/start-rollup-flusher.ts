import "server-only";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { flushRollups } from "@/lib/metrics/rollups/flush-rollups";
import { purgeOldRollups } from "@/lib/metrics/rollups/purge-old-rollups";

const PURGE_EVERY_MS = 3_600_000;

/**
 * Writes the rollups every METRICS_FLUSH_SECONDS (a crash loses at most that much of them; the
 * audit trail has its own, synchronous commit) and purges old rows hourly. The returned stop
 * function writes what is left, for a graceful shutdown.
 */
export function startRollupFlusher(): () => Promise<void> {
  if (!env.METRICS_ROLLUPS) return async () => undefined;
  let flushing: Promise<unknown> = Promise.resolve();
  const flush = () => {
    // One flush at a time: a slow database must not let writes of the same rows overlap.
    flushing = flushing
      .then(() => flushRollups())
      .catch((error) => log.warn("rollup flush failed", errorFields(error)));
    return flushing;
  };
  const flushTimer = setInterval(flush, env.METRICS_FLUSH_SECONDS * 1000);
  flushTimer.unref();
  const purgeTimer = setInterval(
    () => void purgeOldRollups().catch((error) => log.warn("rollup purge failed", errorFields(error))),
    PURGE_EVERY_MS,
  );
  purgeTimer.unref();
  return async () => {
    clearInterval(flushTimer);
    clearInterval(purgeTimer);
    await flush();
  };
}
