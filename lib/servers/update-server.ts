import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getServerOrThrow } from "@/lib/servers/list-servers";
import { secretColumns } from "@/lib/servers/server-columns";
import { assertCommandAllowed } from "@/lib/servers/command-policy";
import { hasMaskedParts } from "@/lib/servers/mask-url";
import { updateServerSchema, type UpdateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";

/** Changes a server; enabling/disabling starts or stops its connection (and stdio child). */
export async function updateServer(
  id: string,
  input: UpdateServerInput,
  by: AuditByActor,
): Promise<ServerView> {
  const parsed = updateServerSchema.parse(input);
  const before = await getServerOrThrow(id);
  const data = withoutEchoedUrl(parsed, before);
  const isStdio = before.transport === "stdio";
  if (isStdio && (data.url !== undefined || data.headers !== undefined)) {
    throw new AppError("invalid_input", "A stdio server has no URL or headers.", {
      fields: { url: ["Not used by stdio servers"] },
    });
  }
  if (!isStdio && (data.command !== undefined || data.args !== undefined || data.env !== undefined)) {
    throw new AppError("invalid_input", "An HTTP server has no command, args or env.", {
      fields: { command: ["Only for stdio servers"] },
    });
  }
  if (isStdio && data.command !== undefined && data.command !== before.command) {
    await assertCommandAllowed(data.command, { action: "update", target: before.slug, serverId: id, by });
  }
  const { env, headers, ...plain } = data;
  await db.upstreamServer.update({
    where: { id },
    data: {
      ...plain,
      ...(env !== undefined ? secretColumns("env", env) : {}),
      ...(headers !== undefined ? secretColumns("headers", headers) : {}),
    },
  });
  await announceChange();
  const after = await getServerOrThrow(id);
  const changed = Object.keys(data).filter((k) => k !== "env" && k !== "headers");
  const action =
    data.isEnabled === false && before.isEnabled
      ? "disable"
      : data.isEnabled === true && !before.isEnabled
        ? "enable"
        : "update";
  await recordEvent({
    category: "server",
    action,
    result: "success",
    actor: by.actor,
    serverId: id,
    target: before.slug,
    details: {
      changed: [
        ...changed,
        ...(env !== undefined ? ["env"] : []),
        ...(headers !== undefined ? ["headers"] : []),
      ],
      before: Object.fromEntries(changed.map((k) => [k, before[k as keyof ServerView]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k as keyof ServerView]])),
    },
    meta: by.meta,
  });
  return after;
}

/**
 * Views show URLs with secret query values masked (lib/servers/mask-url.ts), and the console sends
 * the URL back with every save: the masked form of the stored URL means "unchanged". Any other
 * URL still carrying a mask would store the mask itself, so it is refused.
 */
function withoutEchoedUrl(data: UpdateServerInput, before: ServerView): UpdateServerInput {
  if (data.url === undefined || !hasMaskedParts(data.url)) return data;
  if (data.url === before.url) {
    const unchanged = { ...data };
    delete unchanged.url;
    return unchanged;
  }
  throw new AppError(
    "invalid_input",
    "The URL still contains masked values (***): enter the full URL, with its secret query parameters, again.",
    { fields: { url: ["Contains masked values (***)"] } },
  );
}
