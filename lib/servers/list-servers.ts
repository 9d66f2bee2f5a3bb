import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { upstreamPolicySnapshots } from "@/lib/gateway/resilience/upstream-policies";
import { toServerView, type ServerView } from "@/lib/servers/server-view";

async function toolCountsByServer(serverIds: string[]): Promise<Map<string, ServerView["toolCounts"]>> {
  const groups = await db.tool.groupBy({
    by: ["serverId", "status", "isEnabled"],
    where: { serverId: { in: serverIds } },
    _count: { _all: true },
  });
  const counts = new Map<string, ServerView["toolCounts"]>();
  for (const g of groups) {
    const c = counts.get(g.serverId) ?? { active: 0, pendingReview: 0, rejected: 0, removed: 0, disabled: 0 };
    if (g.status === "removed") c.removed += g._count._all;
    else if (!g.isEnabled) c.disabled += g._count._all;
    else if (g.status === "active") c.active += g._count._all;
    else if (g.status === "rejected") c.rejected += g._count._all;
    else c.pendingReview += g._count._all;
    counts.set(g.serverId, c);
  }
  return counts;
}

/** Gateway calls and errors per server in the last hour, from the audit trail. */
async function recentCallsByServer(
  serverIds: string[],
): Promise<Map<string, { calls: number; errors: number }>> {
  const since = new Date(Date.now() - 3600_000);
  const groups = await db.auditEvent.groupBy({
    by: ["serverId", "result"],
    where: {
      category: "gateway",
      serverId: { in: serverIds },
      createdAt: { gte: since },
      action: { in: ["tools/call", "prompts/get", "resources/read"] },
    },
    _count: { _all: true },
  });
  const byServer = new Map<string, { calls: number; errors: number }>();
  for (const g of groups) {
    if (!g.serverId) continue;
    const entry = byServer.get(g.serverId) ?? { calls: 0, errors: 0 };
    entry.calls += g._count._all;
    if (g.result === "error") entry.errors += g._count._all;
    byServer.set(g.serverId, entry);
  }
  return byServer;
}

/** Servers with tool counts, connection and breaker state (this process's view). */
export async function listServers(where: { id?: string } = {}): Promise<ServerView[]> {
  const [rows, runtime] = await Promise.all([
    db.upstreamServer.findMany({ where, orderBy: { slug: "asc" } }),
    getGatewayRuntime(),
  ]);
  const ids = rows.map((r) => r.id);
  const [counts, recent] = await Promise.all([toolCountsByServer(ids), recentCallsByServer(ids)]);
  const snapshots = upstreamPolicySnapshots();
  return rows.map((row) =>
    toServerView(row, {
      toolCounts: counts.get(row.id) ?? { active: 0, pendingReview: 0, rejected: 0, removed: 0, disabled: 0 },
      connected: runtime.servers.get(row.id)?.connection.isConnected ?? false,
      policies: snapshots.get(row.id) ?? null,
      callsLastHour: recent.get(row.id)?.calls ?? 0,
      errorsLastHour: recent.get(row.id)?.errors ?? 0,
    }),
  );
}

export async function getServerOrThrow(id: string): Promise<ServerView> {
  const [server] = await listServers({ id });
  if (!server) throw new AppError("not_found", "No server with this id.");
  return server;
}
