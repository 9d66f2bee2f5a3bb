import "server-only";
import type { KeyView } from "@/lib/keys/key-view-type";
import { keyLabel } from "@/lib/keys/key-label";

export const keyViewSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  rateLimitPerMinute: true,
  owner: { select: { email: true } },
  roles: { select: { role: { select: { name: true } } } },
} as const;

type KeyRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  rateLimitPerMinute: number | null;
  owner: { email: string } | null;
  roles: { role: { name: string } }[];
};

/** The API's view of a key: never its hash. */
export function toKeyView(key: KeyRow, now = new Date()): KeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: keyLabel(key.prefix),
    roles: key.roles.map((r) => r.role.name).sort(),
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    rateLimitPerMinute: key.rateLimitPerMinute,
    owner: key.owner?.email ?? null,
    status: key.revokedAt ? "revoked" : key.expiresAt && key.expiresAt <= now ? "expired" : "active",
  };
}
