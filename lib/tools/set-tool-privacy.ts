import "server-only";
import { db, DbNull } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { assertPurposesExist } from "@/lib/privacy/declarations/assert-purposes-exist";
import { putPrivacyDeclarationSchema } from "@/lib/privacy/declarations/privacy-declaration";
import { getToolOrThrow } from "@/lib/tools/get-tool";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import type { z } from "zod";

/**
 * Sets (or, with null, clears so that the server's default applies) what a tool declares it does
 * with personal data. The gateway's catalog reloads: the next call is enforced under it.
 */
export async function setToolPrivacy(
  id: string,
  input: z.input<typeof putPrivacyDeclarationSchema>,
  by: AuditByActor,
): Promise<ToolDetail> {
  const { declaration } = putPrivacyDeclarationSchema.parse(input);
  const before = await getToolOrThrow(id);
  await assertPurposesExist(declaration);
  await db.tool.update({ where: { id }, data: { privacy: declaration ?? DbNull } });
  await announceChange();
  await recordEvent({
    category: "tool",
    action: "privacy_declared",
    result: "success",
    actor: by.actor,
    serverId: before.serverId,
    tool: `${before.serverSlug}/${before.name}`,
    target: id,
    details: { declaration },
    meta: by.meta,
  });
  return getToolOrThrow(id);
}
