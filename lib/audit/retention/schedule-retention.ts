import "server-only";
import { errorFields, log } from "@/lib/log";
import { readLastRetentionRun } from "@/lib/audit/retention/retention-last-run";
import { runRetention } from "@/lib/audit/retention/run-retention";

const DAY_MS = 24 * 3_600_000;
/** A little under a day: replicas started at different hours still run retention about once a day between them. */
const DUE_AFTER_MS = DAY_MS - 3_600_000;
const FIRST_CHECK_DELAY_MS = 60_000;

/** Runs retention unless some process (this one or another replica) ran it recently. */
export async function runRetentionIfDue(dueAfterMs = DUE_AFTER_MS): Promise<void> {
  const last = await readLastRetentionRun();
  if (last && Date.now() - Date.parse(last.ranAt) < dueAfterMs) return;
  const result = await runRetention();
  if (result.status === "skipped") return log.info("retention skipped", { reason: result.reason });
  log.info("retention ran", {
    sealedUpToId: result.sealedUpToId,
    classes: result.classes.map((c) => `${c.policy}: ${c.purged} purged, ${c.heldBack} held back`).join("; "),
  });
}

/**
 * The daily retention job: once about a minute after start when the last run is more than a day
 * old, then every 24 hours. Timers are unref'd so they never keep the process alive.
 */
export function scheduleRetention(): () => void {
  const runSafely = (dueAfterMs: number) =>
    void runRetentionIfDue(dueAfterMs).catch((error) =>
      log.error("retention run failed", errorFields(error)),
    );
  const first = setTimeout(() => runSafely(DAY_MS), FIRST_CHECK_DELAY_MS);
  first.unref();
  const daily = setInterval(() => runSafely(DUE_AFTER_MS), DAY_MS);
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
