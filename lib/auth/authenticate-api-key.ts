import "server-only";
import { db } from "@/lib/db";
import { onChange, pollChanges } from "@/lib/cache/change-feed";
import { apiKeyTokenMatches, parseApiKeyPrefix } from "@/lib/keys/api-key-secret";
import { computeAccess } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import type { Principal } from "@/lib/auth/principal";

export type ApiKeyPrincipal = Extract<Principal, { type: "api_key" }>;

export type ApiKeyAuthentication =
  | { ok: true; principal: ApiKeyPrincipal }
  | {
      ok: false;
      reason: "malformed" | "unknown" | "revoked" | "expired" | "owner_disabled" | "no_owner";
      keyId?: string;
    };

// Successful authentications are cached (the gateway's hot path must not query per call) until
// any key, role or user changes (lib/cache/change-feed.ts) or the key's expiry passes.
type CachedKey = { principal: ApiKeyPrincipal; expiresAt: number | null };
const cache = new Map<string, CachedKey>();
const MAX_CACHED_KEYS = 10_000;
onChange(() => cache.clear());

/**
 * Checks a Bearer token: well formed, known, not revoked, not expired, and owned by an enabled
 * user. A key without an owner (its owner deleted, or an old key no migration could give one) is
 * refused: every key must lead back to a person who can be disabled.
 */
export async function authenticateApiKey(token: string, now = new Date()): Promise<ApiKeyAuthentication> {
  pollChanges();
  const cached = cache.get(token);
  if (cached) {
    if (cached.expiresAt === null || cached.expiresAt > now.getTime()) {
      touchLastUsed(cached.principal.id, now);
      return { ok: true, principal: cached.principal };
    }
    cache.delete(token);
  }

  const prefix = parseApiKeyPrefix(token);
  if (!prefix) return { ok: false, reason: "malformed" };
  const key = await db.apiKey.findUnique({
    where: { prefix },
    select: {
      id: true,
      name: true,
      prefix: true,
      secretHash: true,
      expiresAt: true,
      revokedAt: true,
      rateLimitPerMinute: true,
      roles: { select: { role: { select: { name: true } } } },
      owner: { select: { id: true, isDisabled: true } },
    },
  });
  if (!key || !apiKeyTokenMatches(token, key.secretHash)) return { ok: false, reason: "unknown" };
  if (key.revokedAt) return { ok: false, reason: "revoked", keyId: key.id };
  if (key.expiresAt && key.expiresAt <= now) return { ok: false, reason: "expired", keyId: key.id };
  // A disabled user's keys stop working with their sessions; disabling announces a change, which
  // empties the cache above, so keys minted by keys (same owner) stop at once too.
  if (!key.owner) return { ok: false, reason: "no_owner", keyId: key.id };
  if (key.owner.isDisabled) return { ok: false, reason: "owner_disabled", keyId: key.id };

  const access = computeAccess(
    key.roles.map((r) => r.role.name),
    await loadRoleDefinitions(),
  );
  const principal: ApiKeyPrincipal = {
    type: "api_key",
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    access,
    rateLimitPerMinute: key.rateLimitPerMinute,
    via: "bearer",
    ownerId: key.owner.id,
  };
  if (cache.size >= MAX_CACHED_KEYS) cache.clear();
  cache.set(token, { principal, expiresAt: key.expiresAt?.getTime() ?? null });
  touchLastUsed(key.id, now);
  return { ok: true, principal };
}

// lastUsedAt is informational: written at most once a minute per key, off the request's path.
const lastTouched = new Map<string, number>();
function touchLastUsed(keyId: string, now: Date): void {
  const previous = lastTouched.get(keyId);
  if (previous !== undefined && now.getTime() - previous < 60_000) return;
  lastTouched.set(keyId, now.getTime());
  db.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: now } }).catch(() => undefined);
}
