import "server-only";
import type { Tool as McpTool } from "@modelcontextprotocol/sdk/types.js";
import { db, DbNull } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { hashToolDefinition, toToolDefinition, type ToolDefinition } from "@/lib/tools/tool-definition";

export type ToolSyncSummary = {
  added: number;
  changed: number;
  autoApproved: number;
  removed: number;
  restored: number;
};

type Server = { id: string; slug: string; autoApprove: boolean };

function definitionColumns(definition: ToolDefinition) {
  return {
    title: definition.title,
    description: definition.description,
    inputSchema: definition.inputSchema as object,
    outputSchema: (definition.outputSchema ?? undefined) as object | undefined,
    annotations: (definition.annotations ?? undefined) as object | undefined,
  };
}

/**
 * Reconciles the stored tools of a server with what it reports now. New tools are pinned as
 * first seen. A tool whose definition differs from the pinned one is held for review (or
 * accepted, if the server auto-approves); tools no longer reported are marked removed.
 */
export async function syncTools(server: Server, reported: McpTool[]): Promise<ToolSyncSummary> {
  const summary: ToolSyncSummary = { added: 0, changed: 0, autoApproved: 0, removed: 0, restored: 0 };
  const now = new Date();
  const stored = new Map(
    (await db.tool.findMany({ where: { serverId: server.id } })).map((t) => [t.name, t]),
  );
  const audit = (action: string, tool: string, details: Record<string, unknown>) =>
    recordEvent({
      category: "tool",
      action,
      result: "success",
      actor: { type: "system" },
      serverId: server.id,
      tool: `${server.slug}/${tool}`,
      target: tool,
      details,
    });

  for (const mcpTool of reported) {
    const definition = toToolDefinition(mcpTool);
    const hash = hashToolDefinition(definition);
    const existing = stored.get(definition.name);
    stored.delete(definition.name);

    if (!existing) {
      await db.tool.create({
        data: {
          serverId: server.id,
          name: definition.name,
          ...definitionColumns(definition),
          definitionHash: hash,
          firstSeenAt: now,
          lastSeenAt: now,
          versions: {
            create: {
              definitionHash: hash,
              definition: definition as object,
              decision: "pinned",
              decidedAt: now,
            },
          },
        },
      });
      summary.added++;
      continue;
    }
    if (hash === existing.definitionHash) {
      // Back to the pinned definition: whatever was pending no longer applies.
      const wasHeld = existing.status !== "active";
      await db.tool.update({
        where: { id: existing.id },
        data: { status: "active", pendingDefinition: DbNull, pendingHash: null, lastSeenAt: now },
      });
      if (wasHeld) summary.restored++;
      continue;
    }
    if (server.autoApprove) {
      await db.$transaction([
        db.tool.update({
          where: { id: existing.id },
          data: {
            ...definitionColumns(definition),
            definitionHash: hash,
            status: "active",
            pendingHash: null,
            lastSeenAt: now,
          },
        }),
        db.toolVersion.upsert({
          where: { toolId_definitionHash: { toolId: existing.id, definitionHash: hash } },
          create: {
            toolId: existing.id,
            definitionHash: hash,
            definition: definition as object,
            decision: "auto_approved",
            decidedAt: now,
          },
          update: { decision: "auto_approved", decidedAt: now },
        }),
      ]);
      await audit("auto_approve", definition.name, { previousHash: existing.definitionHash, hash });
      summary.autoApproved++;
      continue;
    }
    if (existing.pendingHash === hash) {
      await db.tool.update({ where: { id: existing.id }, data: { lastSeenAt: now } });
      continue;
    }
    await db.$transaction([
      db.tool.update({
        where: { id: existing.id },
        data: {
          status: "pending_review",
          pendingDefinition: definition as object,
          pendingHash: hash,
          lastSeenAt: now,
        },
      }),
      db.toolVersion.upsert({
        where: { toolId_definitionHash: { toolId: existing.id, definitionHash: hash } },
        create: {
          toolId: existing.id,
          definitionHash: hash,
          definition: definition as object,
          decision: "pending",
        },
        update: { decision: "pending", decidedAt: null, decidedById: null },
      }),
    ]);
    await audit("definition_changed", definition.name, {
      pinnedHash: existing.definitionHash,
      newHash: hash,
      heldForReview: true,
    });
    summary.changed++;
  }

  const vanished = [...stored.values()].filter((t) => t.status !== "removed");
  if (vanished.length) {
    await db.tool.updateMany({
      where: { id: { in: vanished.map((t) => t.id) } },
      data: { status: "removed" },
    });
    summary.removed = vanished.length;
  }
  return summary;
}
