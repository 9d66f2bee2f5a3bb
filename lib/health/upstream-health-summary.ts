import "server-only";
import { db } from "@/lib/db";

export type UpstreamHealth = { slug: string; status: string; lastError: string | null; lastCheckedAt: string | null };

/** The last health check of every enabled upstream (written by the health-check job). */
export async function upstreamHealthSummary(): Promise<UpstreamHealth[]> {
  const rows = await db.upstreamServer.findMany({
    where: { isEnabled: true }, orderBy: { slug: "asc" },
    select: { slug: true, healthStatus: true, lastError: true, lastCheckedAt: true },
  });
  return rows.map((r) => ({ slug: r.slug, status: r.healthStatus, lastError: r.healthStatus === "healthy" ? null : r.lastError, lastCheckedAt: r.lastCheckedAt?.toISOString() ?? null }));
}
