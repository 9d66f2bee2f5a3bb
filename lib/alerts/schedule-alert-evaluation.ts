import "server-only";
import { errorFields, log } from "@/lib/log";
import { acquireSettingLease } from "@/lib/jobs/setting-lease";
import { evaluateAlerts } from "@/lib/alerts/evaluate-alerts";
import { deliverDueNotifications } from "@/lib/alerts/deliver-notifications";

const INTERVAL_MS = 30_000;
// Longer than a slow evaluation, short enough that a crashed holder's lease lapses within a couple
// of rounds.
const LEASE_MS = 90_000;

/** One round, if this process gets the "alerts_lock" lease; false when another process holds it. */
export async function runAlertRound(now: Date = new Date()): Promise<boolean> {
  const lease = await acquireSettingLease("alerts_lock", LEASE_MS);
  if (!lease) return false;
  try {
    await evaluateAlerts(now);
    if (await lease.renew()) await deliverDueNotifications(now);
    return true;
  } finally {
    await lease.release();
  }
}

/** Evaluates the alert rules every 30 s (one process at a time); returns the stop function. */
export function scheduleAlertEvaluation(): () => void {
  const timer = setInterval(() => {
    void runAlertRound().catch((error) => log.warn("alert evaluation failed", errorFields(error)));
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
