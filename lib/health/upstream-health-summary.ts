import "server-only";
import { db } from "@/lib/db";
import { maskUrlsInText } from "@/lib/servers/mask-url";

export type UpstreamHealth = {
  slug: string;
  status: string;
  lastError: string | null;
  lastCheckedAt: string | null;
};

/** "degraded" when an enabled upstream's last check found it down or degraded; not yet checked counts as ok. */
export type UpstreamsCheck = { status: "ok" | "degraded" };

/** The last health check of every enabled upstream (written by the health-check job). */
export async function upstreamHealthSummary(): Promise<UpstreamHealth[]> {
  const rows = await db.upstreamServer.findMany({
    where: { isEnabled: true },
    orderBy: { slug: "asc" },
    select: { slug: true, healthStatus: true, lastError: true, lastCheckedAt: true },
  });
  return rows.map((r) => ({
    slug: r.slug,
    status: r.healthStatus,
    lastError: r.healthStatus === "healthy" || r.lastError === null ? null : maskUrlsInText(r.lastError),
    lastCheckedAt: r.lastCheckedAt?.toISOString() ?? null,
  }));
}

export function upstreamsCheck(upstreams: readonly UpstreamHealth[]): UpstreamsCheck {
  return {
    status: upstreams.some((u) => u.status === "down" || u.status === "degraded") ? "degraded" : "ok",
  };
}
