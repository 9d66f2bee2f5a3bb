import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diffToolDefinitions } from "@/lib/tools/diff-tool-definitions";
import type { ToolDefinition } from "@/lib/tools/tool-definition";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { toToolView, toolViewInclude } from "@/lib/tools/tool-view";
import { namedKeyLabel } from "@/lib/keys/key-label";

export async function getToolOrThrow(id: string): Promise<ToolDetail> {
  const row = await db.tool.findUnique({
    where: { id },
    include: { ...toolViewInclude, versions: { orderBy: { firstSeenAt: "desc" } } },
  });
  if (!row) throw new AppError("not_found", "No tool with this id.");
  const view = toToolView(row);
  const pinned: ToolDefinition = {
    name: row.name,
    title: row.title,
    description: row.description,
    inputSchema: row.inputSchema as Record<string, unknown>,
    outputSchema: (row.outputSchema ?? null) as Record<string, unknown> | null,
    annotations: (row.annotations ?? null) as Record<string, unknown> | null,
  };
  const pendingDefinition = row.pendingDefinition as ToolDefinition | null;
  const deciders = await labelDeciders(
    row.versions.map((v) => v.decidedById).filter((id): id is string => id !== null),
  );
  return {
    ...view,
    versions: row.versions.map((v) => ({
      definitionHash: v.definitionHash,
      decision: v.decision,
      decidedAt: v.decidedAt?.toISOString() ?? null,
      decidedBy: v.decidedById ? (deciders.get(v.decidedById) ?? "a deleted user or key") : null,
      firstSeenAt: v.firstSeenAt.toISOString(),
    })),
    pending: pendingDefinition
      ? { definition: pendingDefinition, diff: diffToolDefinitions(pinned, pendingDefinition) }
      : null,
  };
}

/** Who decided a version: a user's email or an API key's name; ids may be either. */
async function labelDeciders(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }),
    db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, prefix: true } }),
  ]);
  return new Map([
    ...users.map((u) => [u.id, u.email] as const),
    ...keys.map((k) => [k.id, `API key ${namedKeyLabel(k)}`] as const),
  ]);
}
