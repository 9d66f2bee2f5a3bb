import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { generateApiKeySecret } from "@/lib/keys/api-key-secret";
import { keyViewSelect, toKeyView } from "@/lib/keys/key-view";
import type { KeyView } from "@/lib/keys/key-view-type";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/keys/schemas";
import { resolveKeyOwner } from "@/lib/keys/resolve-key-owner";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";
import { keyLabel } from "@/lib/keys/key-label";

/**
 * Creates a key and returns its secret; the secret is not stored and cannot be shown again. The
 * key belongs to a user (lib/keys/resolve-key-owner.ts); `ownerEmail` is for the CLI only.
 */
export async function createApiKey(
  input: CreateApiKeyInput,
  by: AuditBy & { ownerEmail?: string },
): Promise<{ key: KeyView; secret: string }> {
  const data = createApiKeySchema.parse(input);
  await assertContained(by, {
    target: "new key",
    attempt: "create a key with these roles",
    after: await accessOfRoles(data.roles),
  });
  const ownerId = await resolveKeyOwner(by.principal, by.ownerEmail);
  const roles = await db.role.findMany({ where: { name: { in: data.roles } }, select: { id: true } });
  const { token, prefix, secretHash } = generateApiKeySecret();
  const key = await db.apiKey.create({
    data: {
      name: data.name,
      prefix,
      secretHash,
      expiresAt: data.expiresAt ? new Date(data.expiresAt) : null,
      rateLimitPerMinute: data.rateLimitPerMinute ?? null,
      ownerId,
      roles: { create: roles.map((r) => ({ roleId: r.id })) },
    },
    select: keyViewSelect,
  });
  await announceChange();
  await recordEvent({
    category: "key",
    action: "create",
    result: "success",
    actor: by.actor,
    target: key.id,
    details: {
      name: key.name,
      prefix: keyLabel(prefix),
      roles: data.roles,
      expiresAt: data.expiresAt ?? null,
      ownerId,
    },
    meta: by.meta,
  });
  return { key: toKeyView(key), secret: token };
}
