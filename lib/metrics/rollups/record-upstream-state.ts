import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { rollupWriter } from "@/lib/metrics/rollups/rollup-writer";

export type UpstreamStateKind = "health" | "breaker";

/**
 * Stores a health-check result or a breaker state change, for the per-server bands,
 * availability and the upstream alerts. Best effort: a failed write is logged, never thrown
 * into the health check or the call that moved the breaker.
 */
export function recordUpstreamState(
  server: string,
  kind: UpstreamStateKind,
  state: string,
  latencyMs?: number,
): Promise<void> {
  if (!env.METRICS_ROLLUPS) return Promise.resolve();
  return db.upstreamStateSample
    .create({ data: { server, kind, state, latencyMs: latencyMs ?? null, writer: rollupWriter } })
    .then(
      () => undefined,
      (error) => log.warn("upstream state sample not stored", { server, kind, ...errorFields(error) }),
    );
}
