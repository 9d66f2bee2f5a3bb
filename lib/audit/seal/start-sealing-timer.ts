import "server-only";
import { errorFields, log } from "@/lib/log";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";

export type SealingTimer = {
  /** Stops the timer, waits for a run in progress, then seals once more (call after the audit buffer is flushed). */
  stopAndSealOnce(): Promise<void>;
};

const INTERVAL_MS = 2_000;
/** A database that is down fails every run; one warning a minute is enough to notice. */
const WARN_EVERY_MS = 60_000;

/** Seals new audit events every two seconds, one run at a time, without keeping the process alive. */
export function startSealingTimer(): SealingTimer {
  let running: Promise<void> | null = null;
  let lastWarnedAt = 0;

  const sealNow = (): Promise<void> => {
    running ??= sealPendingEvents()
      .then(() => undefined)
      .catch((error: unknown) => {
        if (Date.now() - lastWarnedAt < WARN_EVERY_MS) return;
        lastWarnedAt = Date.now();
        log.warn("audit sealing failed", errorFields(error));
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void sealNow(), INTERVAL_MS);
  timer.unref();
  return {
    async stopAndSealOnce() {
      clearInterval(timer);
      await running;
      await sealNow();
    },
  };
}
