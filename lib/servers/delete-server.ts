import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getServerOrThrow } from "@/lib/servers/list-servers";

/** Deletes a server with its tools; its connection and stdio child stop. Audit events stay. */
export async function deleteServer(id: string, by: AuditByActor): Promise<void> {
  const server = await getServerOrThrow(id);
  await db.upstreamServer.delete({ where: { id } });
  await announceChange();
  await recordEvent({
    category: "server",
    action: "delete",
    result: "success",
    actor: by.actor,
    serverId: id,
    target: server.slug,
    details: { name: server.name, transport: server.transport, toolCounts: server.toolCounts },
    meta: by.meta,
  });
}
