import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { keyViewSelect, toKeyView } from "@/lib/keys/key-view";
import type { KeyView } from "@/lib/keys/key-view-type";
import { getKeyAccessOrThrow } from "@/lib/keys/key-access";
import { assertContained } from "@/lib/rbac/assert-contained";
import { keyLabel } from "@/lib/keys/key-label";

/**
 * Revokes a key within the actor's reach; it stops working on its next request. Revoking twice
 * is a no-op.
 */
export async function revokeApiKey(id: string, by: AuditBy): Promise<KeyView> {
  const existing = await db.apiKey.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!existing) throw new AppError("not_found", "No API key with this id.");
  await assertContained(by, {
    target: id,
    attempt: "revoke this key",
    before: await getKeyAccessOrThrow(id),
  });
  const key = existing.revokedAt
    ? await db.apiKey.findUniqueOrThrow({ where: { id }, select: keyViewSelect })
    : await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, select: keyViewSelect });
  if (!existing.revokedAt) {
    await announceChange();
    await recordEvent({
      category: "key",
      action: "revoke",
      result: "success",
      actor: by.actor,
      target: id,
      details: { name: key.name, prefix: keyLabel(key.prefix) },
      meta: by.meta,
    });
  }
  return toKeyView(key);
}
