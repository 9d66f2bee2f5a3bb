import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent, type AuditActor, type RequestMeta } from "@/lib/audit/record-event";
import { generateApiKeySecret } from "@/lib/keys/api-key-secret";
import { keyViewSelect, toKeyView, type KeyView } from "@/lib/keys/key-view";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/keys/schemas";
import { assertCanAssignRoles } from "@/lib/rbac/assert-can-assign-roles";
import type { Principal } from "@/lib/auth/principal";

/** Creates a key and returns its secret; the secret is not stored and cannot be shown again. */
export async function createApiKey(
  input: CreateApiKeyInput,
  by: { principal: Principal | null; actor: AuditActor; meta?: RequestMeta },
): Promise<{ key: KeyView; secret: string }> {
  const data = createApiKeySchema.parse(input);
  await assertCanAssignRoles(by.principal, data.roles);
  const roles = await db.role.findMany({ where: { name: { in: data.roles } }, select: { id: true } });
  const { token, prefix, secretHash } = generateApiKeySecret();
  const key = await db.apiKey.create({
    data: {
      name: data.name,
      prefix,
      secretHash,
      expiresAt: data.expiresAt ? new Date(data.expiresAt) : null,
      rateLimitPerMinute: data.rateLimitPerMinute ?? null,
      createdById: by.principal?.type === "user" ? by.principal.id : null,
      roles: { create: roles.map((r) => ({ roleId: r.id })) },
    },
    select: keyViewSelect,
  });
  await announceChange();
  await recordEvent({
    category: "key", action: "create", result: "success", actor: by.actor, target: key.id,
    details: { name: key.name, prefix: `ghk_${prefix}`, roles: data.roles, expiresAt: data.expiresAt ?? null }, meta: by.meta,
  });
  return { key: toKeyView(key), secret: token };
}
