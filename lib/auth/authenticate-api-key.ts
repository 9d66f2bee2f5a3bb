import "server-only";
import { db } from "@/lib/db";
import { apiKeyTokenMatches, parseApiKeyPrefix } from "@/lib/keys/api-key-secret";
import { computeAccess } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import type { Principal } from "@/lib/auth/principal";

export type ApiKeyAuthentication =
  | { ok: true; principal: Extract<Principal, { type: "api_key" }> }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "owner_disabled"; keyId?: string };

/** Checks a Bearer token: well formed, known, not revoked, not expired. */
export async function authenticateApiKey(token: string, now = new Date()): Promise<ApiKeyAuthentication> {
  const prefix = parseApiKeyPrefix(token);
  if (!prefix) return { ok: false, reason: "malformed" };
  const key = await db.apiKey.findUnique({
    where: { prefix },
    select: {
      id: true, name: true, prefix: true, secretHash: true, expiresAt: true, revokedAt: true, rateLimitPerMinute: true,
      roles: { select: { role: { select: { name: true } } } },
      createdBy: { select: { isDisabled: true } },
    },
  });
  if (!key || !apiKeyTokenMatches(token, key.secretHash)) return { ok: false, reason: "unknown" };
  if (key.revokedAt) return { ok: false, reason: "revoked", keyId: key.id };
  if (key.expiresAt && key.expiresAt <= now) return { ok: false, reason: "expired", keyId: key.id };
  // A disabled user's keys stop working with their sessions.
  if (key.createdBy?.isDisabled) return { ok: false, reason: "owner_disabled", keyId: key.id };

  const access = computeAccess(key.roles.map((r) => r.role.name), await loadRoleDefinitions());
  // lastUsedAt is informational: a write per request at most once a minute.
  if (!isRecentlyUsed(key.id, now)) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return {
    ok: true,
    principal: { type: "api_key", id: key.id, name: key.name, prefix: key.prefix, access, rateLimitPerMinute: key.rateLimitPerMinute, via: "bearer" },
  };
}

const lastTouched = new Map<string, number>();
function isRecentlyUsed(keyId: string, now: Date): boolean {
  const previous = lastTouched.get(keyId);
  if (previous !== undefined && now.getTime() - previous < 60_000) return true;
  lastTouched.set(keyId, now.getTime());
  return false;
}
