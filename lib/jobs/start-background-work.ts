import "server-only";
import { env } from "@/lib/env";
import { log, errorFields } from "@/lib/log";
import { auditCommit } from "@/lib/audit/record-event";
import { flushTokenVault } from "@/lib/privacy/policies/token-vault";
import { getGatewayRuntime, loadedGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { checkUpstreamHealth } from "@/lib/jobs/check-upstream-health";
import { inflightCount } from "@/lib/gateway/inflight-requests";
import { markShuttingDown } from "@/lib/jobs/shutdown-state";
import { startSealingTimer } from "@/lib/audit/seal/start-sealing-timer";
import { scheduleRetention } from "@/lib/audit/retention/schedule-retention";
import { processSingleton } from "@/lib/process-singleton";
import { startChangePolling } from "@/lib/cache/change-feed";
import { scheduleRequestSweep } from "@/lib/privacy/requests/sweep-requests";
import { startRollupFlusher } from "@/lib/metrics/rollups/start-rollup-flusher";
import { scheduleAlertEvaluation } from "@/lib/alerts/schedule-alert-evaluation";
import { startTelemetry, stopTelemetry } from "@/lib/telemetry/telemetry";

// A process singleton, not a module variable: instrumentation may load this module in more than
// one bundle, and a second start would add a second set of timers and signal handlers.
const started = processSingleton("jobs.background-work", () => ({ isStarted: false }));
const DRAIN_TIMEOUT_MS = 25_000;

/**
 * Once per server process (from instrumentation.ts): load the gateway and connect upstreams,
 * run health checks, and on SIGTERM/SIGINT stop upstreams and drain the audit buffer. Next.js
 * itself waits for in-flight requests before exiting.
 */
export async function startBackgroundWork(): Promise<void> {
  if (started.isStarted) return;
  started.isStarted = true;
  await startTelemetry();
  const runtime = await getGatewayRuntime().catch((error) => {
    log.error("gateway failed to load", errorFields(error));
    return null;
  });
  const healthTimer = setInterval(() => {
    void getGatewayRuntime()
      .then(checkUpstreamHealth)
      .catch((error) => log.warn("health check failed", errorFields(error)));
  }, env.HEALTH_CHECK_INTERVAL_SECONDS * 1000);
  healthTimer.unref();
  if (runtime) setTimeout(() => void checkUpstreamHealth(runtime).catch(() => undefined), 3000).unref();
  const stopChangePolling = startChangePolling();
  const sealing = startSealingTimer();
  const stopRetention = scheduleRetention();
  const stopRequestSweep = scheduleRequestSweep();
  const stopRollups = startRollupFlusher();
  const stopAlerts = scheduleAlertEvaluation();

  // Next.js stops accepting connections and finishes in-flight requests; upstreams are stopped
  // only once the gateway's own calls are done, so that draining calls still reach them.
  const shutdown = async (signal: string) => {
    clearInterval(healthTimer);
    stopChangePolling();
    stopRetention();
    stopRequestSweep();
    stopAlerts();
    log.info("shutting down", { signal, inflight: inflightCount() });
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (inflightCount() > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await auditCommit.flush();
    // The drained calls' rollups too, so a graceful restart loses none.
    await stopRollups().catch(() => undefined);
    await stopTelemetry().catch(() => undefined);
    // Tokens handed out by the last calls keep their values, so that they can still be revealed.
    await flushTokenVault();
    // The events just flushed (the last calls' included) leave sealed.
    await sealing.stopAndSealOnce();
    markShuttingDown();
    await loadedGatewayRuntime()
      ?.then((r) => r.shutdown())
      .catch(() => undefined);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
