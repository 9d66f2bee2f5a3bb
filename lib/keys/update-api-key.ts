import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { keyViewSelect, toKeyView } from "@/lib/keys/key-view";
import type { KeyView } from "@/lib/keys/key-view-type";
import { updateApiKeySchema } from "@/lib/keys/schemas";
import { getKeyAccessOrThrow } from "@/lib/keys/key-access";
import { assertContained } from "@/lib/rbac/assert-contained";

/** Renames a key or sets its own rate limit, for a key within the actor's reach; audited with before and after. */
export async function updateApiKey(
  id: string,
  input: z.input<typeof updateApiKeySchema>,
  by: AuditBy,
): Promise<KeyView> {
  const data = updateApiKeySchema.parse(input);
  await assertContained(by, {
    target: id,
    attempt: "change this key",
    before: await getKeyAccessOrThrow(id),
  });
  const before = await db.apiKey.findUnique({
    where: { id },
    select: { name: true, rateLimitPerMinute: true },
  });
  if (!before) throw new AppError("not_found", "No API key with this id.");
  const key = await db.apiKey.update({ where: { id }, data, select: keyViewSelect });
  await announceChange();
  await recordEvent({
    category: "key",
    action: "update",
    result: "success",
    actor: by.actor,
    target: id,
    details: { before, after: data },
    meta: by.meta,
  });
  return toKeyView(key);
}
