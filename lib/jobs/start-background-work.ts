import "server-only";
import { env } from "@/lib/env";
import { log, errorFields } from "@/lib/log";
import { auditCommit } from "@/lib/audit/record-event";
import { getGatewayRuntime, loadedGatewayRuntime } from "@/lib/gateway/gateway-runtime";
import { checkUpstreamHealth } from "@/lib/jobs/check-upstream-health";

let isStarted = false;

/**
 * Once per server process (from instrumentation.ts): load the gateway and connect upstreams,
 * run health checks, and on SIGTERM/SIGINT stop upstreams and drain the audit buffer. Next.js
 * itself waits for in-flight requests before exiting.
 */
export async function startBackgroundWork(): Promise<void> {
  if (isStarted) return;
  isStarted = true;
  const runtime = await getGatewayRuntime().catch((error) => {
    log.error("gateway failed to load", errorFields(error));
    return null;
  });
  const healthTimer = setInterval(() => {
    void getGatewayRuntime().then(checkUpstreamHealth).catch((error) => log.warn("health check failed", errorFields(error)));
  }, env.HEALTH_CHECK_INTERVAL_SECONDS * 1000);
  healthTimer.unref();
  if (runtime) setTimeout(() => void checkUpstreamHealth(runtime).catch(() => undefined), 3000).unref();

  const shutdown = async (signal: string) => {
    clearInterval(healthTimer);
    log.info("shutting down", { signal });
    await Promise.all([
      auditCommit.flush(),
      loadedGatewayRuntime()?.then((r) => r.shutdown()).catch(() => undefined),
    ]);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
