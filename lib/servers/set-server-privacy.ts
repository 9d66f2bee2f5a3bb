import "server-only";
import { db, DbNull } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { assertPurposesExist } from "@/lib/privacy/declarations/assert-purposes-exist";
import { putPrivacyDeclarationSchema } from "@/lib/privacy/declarations/privacy-declaration";
import { getServerOrThrow } from "@/lib/servers/list-servers";
import type { ServerView } from "@/lib/servers/server-view";
import type { z } from "zod";

/**
 * Sets the declaration a server's tools (those without their own), prompts and resources
 * inherit; null: they process nothing personal. The gateway's catalog reloads.
 */
export async function setServerPrivacy(
  id: string,
  input: z.input<typeof putPrivacyDeclarationSchema>,
  by: AuditByActor,
): Promise<ServerView> {
  const { declaration } = putPrivacyDeclarationSchema.parse(input);
  const before = await getServerOrThrow(id);
  await assertPurposesExist(declaration);
  await db.upstreamServer.update({ where: { id }, data: { privacyDefault: declaration ?? DbNull } });
  await announceChange();
  await recordEvent({
    category: "server",
    action: "privacy_default_declared",
    result: "success",
    actor: by.actor,
    serverId: id,
    target: before.slug,
    details: { declaration },
    meta: by.meta,
  });
  return getServerOrThrow(id);
}
