import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveKey } from "@/lib/crypto/master-key";
import { keyLabel } from "@/lib/keys/key-label";

// Keys look like "ghk_<12 hex prefix>_<43 chars secret>". The prefix is public and indexed for
// lookup; the whole token is stored only as an HMAC under a key derived from the master key.
// Keys carry 256 random bits, so a fast keyed hash is as safe as a slow password hash here.
const TOKEN_PATTERN = /^ghk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type NewApiKeySecret = { token: string; prefix: string; secretHash: string };

export function generateApiKeySecret(): NewApiKeySecret {
  const prefix = randomBytes(6).toString("hex");
  const token = `${keyLabel(prefix)}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, secretHash: hashApiKeyToken(token) };
}

export function hashApiKeyToken(token: string): string {
  return createHmac("sha256", deriveKey("api-key-hash")).update(token).digest("hex");
}

/** The prefix of a well-formed token, or null. */
export function parseApiKeyPrefix(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null;
}

export function apiKeyTokenMatches(token: string, secretHash: string): boolean {
  const expected = Buffer.from(secretHash, "hex");
  const actual = Buffer.from(hashApiKeyToken(token), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
