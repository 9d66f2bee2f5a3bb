import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { getToolOrThrow } from "@/lib/tools/get-tool";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { updateToolSchema } from "@/lib/tools/schemas";
import type { z } from "zod";

export async function updateTool(
  id: string,
  input: z.input<typeof updateToolSchema>,
  by: AuditByActor,
): Promise<ToolDetail> {
  const data = updateToolSchema.parse(input);
  const before = await getToolOrThrow(id);
  await db.tool.update({ where: { id }, data });
  await announceChange();
  const action =
    data.isEnabled === false && before.isEnabled
      ? "disable"
      : data.isEnabled === true && !before.isEnabled
        ? "enable"
        : "update";
  await recordEvent({
    category: "tool",
    action,
    result: "success",
    actor: by.actor,
    serverId: before.serverId,
    tool: `${before.serverSlug}/${before.name}`,
    target: id,
    details: { before: { isEnabled: before.isEnabled, timeoutMs: before.timeoutMs }, after: { ...data } },
    meta: by.meta,
  });
  return getToolOrThrow(id);
}
