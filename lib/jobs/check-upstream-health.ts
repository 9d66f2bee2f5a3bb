import "server-only";
import { db } from "@/lib/db";
import { setUpstreamHealth } from "@/lib/metrics/gateway-metrics";
import { recordUpstreamState } from "@/lib/metrics/rollups/record-upstream-state";
import { isUpstreamConnectError } from "@/lib/gateway/error-brands";
import { describeConnectionError } from "@/lib/gateway/describe-connection-error";
import { secretValuesOf } from "@/lib/servers/scrub-secrets";
import type { GatewayRuntime, ServerEntry } from "@/lib/gateway/gateway-runtime";

const PING_TIMEOUT_MS = 5000;
const SLOW_PING_MS = 2000;

export type HealthStatus = "healthy" | "degraded" | "down";

/** Healthy: answers a ping quickly with a closed breaker. Degraded: slow or breaker not closed. */
async function checkOne(entry: ServerEntry): Promise<{ status: HealthStatus; error: string | null }> {
  const started = performance.now();
  try {
    const client = await entry.connection.getClient();
    await client.ping({ timeout: PING_TIMEOUT_MS });
    const breaker = entry.policies.snapshot().breaker.state;
    const slow = performance.now() - started > SLOW_PING_MS;
    if (breaker !== "closed")
      return { status: "degraded", error: `circuit breaker ${breaker.replace("_", "-")}` };
    return slow ? { status: "degraded", error: "slow to answer ping" } : { status: "healthy", error: null };
  } catch (error) {
    const description = isUpstreamConnectError(error)
      ? error.description
      : describeConnectionError(error, {
          target: entry.config.name,
          secrets: secretValuesOf(entry.config.connection),
        });
    return { status: "down", error: description.message.slice(0, 500) };
  }
}

/** Pings every enabled upstream and stores its status and last error. */
export async function checkUpstreamHealth(runtime: GatewayRuntime): Promise<void> {
  await Promise.all(
    [...runtime.servers.values()].map(async (entry) => {
      const started = performance.now();
      const { status, error } = await checkOne(entry);
      setUpstreamHealth(entry.config.slug, status);
      await recordUpstreamState(entry.config.slug, "health", status, performance.now() - started);
      await db.upstreamServer
        .update({
          where: { id: entry.config.id },
          data: { healthStatus: status, lastCheckedAt: new Date(), ...(error ? { lastError: error } : {}) },
        })
        .catch(() => undefined); // deleted meanwhile
    }),
  );
}
