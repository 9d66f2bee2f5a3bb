// The REST API's JSON shape of an API key, built by toKeyView (key-view.ts) and read by the
// console. Types only, so client code may import it.

export type KeyStatus = "active" | "expired" | "revoked";

export type KeyView = {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  rateLimitPerMinute: number | null;
  /** The email of the user the key belongs to; null for a key left without one (refused). */
  owner: string | null;
  status: KeyStatus;
};
