import "server-only";
import { db, DbNull } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getToolOrThrow } from "@/lib/tools/get-tool";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import type { ToolDefinition } from "@/lib/tools/tool-definition";

async function pendingOrThrow(
  id: string,
  hash: string,
): Promise<ToolDetail & { pending: NonNullable<ToolDetail["pending"]> }> {
  const tool = await getToolOrThrow(id);
  if (!tool.pending || !tool.pendingHash)
    throw new AppError("conflict", `${tool.exposedName} has no definition awaiting review.`);
  if (tool.pendingHash !== hash) {
    throw new AppError(
      "conflict",
      "The definition changed again since you reviewed it; reload and review the new one.",
      { pendingHash: tool.pendingHash },
    );
  }
  return tool as ToolDetail & { pending: NonNullable<ToolDetail["pending"]> };
}

/** Pins the reviewed definition: clients see the tool again, as it is now. */
export async function approveToolVersion(
  id: string,
  hash: string,
  by: AuditByActor,
  note?: string,
): Promise<ToolDetail> {
  const tool = await pendingOrThrow(id, hash);
  const next: ToolDefinition = tool.pending.definition;
  const now = new Date();
  await db.$transaction([
    db.tool.update({
      where: { id },
      data: {
        title: next.title,
        description: next.description,
        inputSchema: next.inputSchema as object,
        outputSchema: (next.outputSchema ?? undefined) as object | undefined,
        annotations: (next.annotations ?? undefined) as object | undefined,
        definitionHash: hash,
        status: "active",
        pendingHash: null,
        pendingDefinition: DbNull,
      },
    }),
    db.toolVersion.update({
      where: { toolId_definitionHash: { toolId: id, definitionHash: hash } },
      data: { decision: "approved", decidedAt: now, decidedById: "id" in by.actor ? by.actor.id : null },
    }),
  ]);
  await announceChange();
  await recordEvent({
    category: "tool",
    action: "approve_version",
    result: "success",
    actor: by.actor,
    serverId: tool.serverId,
    tool: `${tool.serverSlug}/${tool.name}`,
    target: tool.id,
    details: {
      previousHash: tool.definitionHash,
      approvedHash: hash,
      changedFields: tool.pending.diff.changes.map((c) => c.field),
      note,
    },
    meta: by.meta,
  });
  return getToolOrThrow(id);
}

/** Keeps the tool held: the upstream's new definition is not trusted. */
export async function rejectToolVersion(
  id: string,
  hash: string,
  by: AuditByActor,
  note?: string,
): Promise<ToolDetail> {
  const tool = await pendingOrThrow(id, hash);
  if (tool.status === "rejected")
    throw new AppError("conflict", `This definition of ${tool.exposedName} is already rejected.`);
  await db.$transaction([
    db.tool.update({ where: { id }, data: { status: "rejected" } }),
    db.toolVersion.update({
      where: { toolId_definitionHash: { toolId: id, definitionHash: hash } },
      data: {
        decision: "rejected",
        decidedAt: new Date(),
        decidedById: "id" in by.actor ? by.actor.id : null,
      },
    }),
  ]);
  await announceChange();
  await recordEvent({
    category: "tool",
    action: "reject_version",
    result: "success",
    actor: by.actor,
    serverId: tool.serverId,
    tool: `${tool.serverSlug}/${tool.name}`,
    target: tool.id,
    details: {
      pinnedHash: tool.definitionHash,
      rejectedHash: hash,
      changedFields: tool.pending.diff.changes.map((c) => c.field),
      note,
    },
    meta: by.meta,
  });
  return getToolOrThrow(id);
}
