import "server-only";
import { db } from "@/lib/db";
import { toEventViews } from "@/lib/audit/event-view";
import { maskAuditEventViews } from "@/lib/privacy/policies/mask-audit-view";
import type { Principal } from "@/lib/auth/principal";

export type Overview = {
  servers?: {
    total: number;
    healthy: number;
    degraded: number;
    down: number;
    unknown: number;
    disabled: number;
  };
  review?: { pendingTools: number };
  gateway?: { since: string; calls: number; denied: number; errors: number };
  recentEvents?: {
    id: number;
    createdAt: string;
    category: string;
    action: string;
    result: string;
    actor: string | null;
    target: string | null;
  }[];
};

const DAY_MS = 24 * 3600 * 1000;

/** The landing page's figures, only the sections the principal's capabilities allow. */
export async function getOverview(principal: Principal): Promise<Overview> {
  const can = (capability: Parameters<typeof principal.access.capabilities.has>[0]) =>
    principal.access.capabilities.has(capability);
  const since = new Date(Date.now() - DAY_MS);
  const overview: Overview = {};
  await Promise.all([
    can("servers:read") &&
      (async () => {
        const rows = await db.upstreamServer.groupBy({
          by: ["isEnabled", "healthStatus"],
          _count: { _all: true },
        });
        const servers = { total: 0, healthy: 0, degraded: 0, down: 0, unknown: 0, disabled: 0 };
        for (const row of rows) {
          servers.total += row._count._all;
          const bucket = !row.isEnabled
            ? "disabled"
            : ((["healthy", "degraded", "down"].includes(row.healthStatus)
                ? row.healthStatus
                : "unknown") as keyof typeof servers);
          servers[bucket] += row._count._all;
        }
        overview.servers = servers;
      })(),
    can("tools:read") &&
      (async () => {
        overview.review = { pendingTools: await db.tool.count({ where: { status: "pending_review" } }) };
      })(),
    can("metrics:read") &&
      (async () => {
        const calls = {
          category: "gateway",
          action: { in: ["tools/call", "prompts/get", "resources/read"] },
          createdAt: { gte: since },
        };
        const [total, denied, errors] = await Promise.all([
          db.auditEvent.count({ where: calls }),
          db.auditEvent.count({ where: { ...calls, result: "denied" } }),
          db.auditEvent.count({ where: { ...calls, result: "error" } }),
        ]);
        overview.gateway = { since: since.toISOString(), calls: total, denied, errors };
      })(),
    can("audit:read") &&
      (async () => {
        // People's labels are stored encrypted: read them as the audit trail does ("[erased]" once
        // shredded, masked like GET /api/v1/audit/events).
        const events = await maskAuditEventViews(
          await toEventViews(await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 10 })),
        );
        overview.recentEvents = events.map((e) => ({
          id: e.id,
          createdAt: e.createdAt,
          category: e.category,
          action: e.action,
          result: e.result,
          actor: e.actor.label,
          target: e.target,
        }));
      })(),
  ]);
  return overview;
}
