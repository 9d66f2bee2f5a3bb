import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getServerOrThrow } from "@/lib/servers/list-servers";
import { secretColumns } from "@/lib/servers/server-columns";
import { assertCommandAllowed } from "@/lib/servers/command-policy";
import { maskUrl } from "@/lib/servers/mask-url";
import { createServerSchema, type CreateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";

/** Registers an upstream; the gateway connects to it and discovers its tools in the background. */
export async function createServer(input: CreateServerInput, by: AuditByActor): Promise<ServerView> {
  const data = createServerSchema.parse(input);
  if (await db.upstreamServer.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw new AppError("conflict", `A server with the slug ${data.slug} already exists.`, {
      fields: { slug: ["Already in use"] },
    });
  }
  if (data.transport === "stdio")
    await assertCommandAllowed(data.command, { action: "create", target: data.slug, by });
  const { transport, slug, name, ...rest } = data;
  const connectionColumns =
    transport === "stdio"
      ? { command: data.command, args: data.args, ...secretColumns("env", data.env) }
      : { url: data.url, ...secretColumns("headers", data.headers) };
  const created = await db.upstreamServer.create({
    data: {
      slug,
      name,
      transport,
      ...connectionColumns,
      description: rest.description ?? "",
      isEnabled: rest.isEnabled ?? true,
      autoApprove: rest.autoApprove ?? false,
      ...(rest.timeoutMs ? { timeoutMs: rest.timeoutMs } : {}),
      ...(rest.maxConcurrent ? { maxConcurrent: rest.maxConcurrent } : {}),
      ...(rest.maxQueue !== undefined ? { maxQueue: rest.maxQueue } : {}),
      ...(rest.breakerFailureThreshold ? { breakerFailureThreshold: rest.breakerFailureThreshold } : {}),
      ...(rest.breakerHalfOpenAfterMs ? { breakerHalfOpenAfterMs: rest.breakerHalfOpenAfterMs } : {}),
      ...(rest.breakerSuccessThreshold ? { breakerSuccessThreshold: rest.breakerSuccessThreshold } : {}),
    },
  });
  await announceChange();
  await recordEvent({
    category: "server",
    action: "create",
    result: "success",
    actor: by.actor,
    serverId: created.id,
    target: slug,
    details: {
      transport,
      name,
      url: data.transport === "stdio" ? undefined : maskUrl(data.url),
      command: data.transport === "stdio" ? data.command : undefined,
      secretNames: [...Object.keys((data.transport === "stdio" ? data.env : data.headers) ?? {})],
    },
    meta: by.meta,
  });
  return getServerOrThrow(created.id);
}
