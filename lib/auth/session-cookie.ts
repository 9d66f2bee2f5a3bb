import "server-only";
import { env } from "@/lib/env";
import { deriveKey } from "@/lib/crypto/master-key";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Session cookies are Secure in production. The one exception is a plain-http PUBLIC_URL on a
 * non-loopback host, where a Secure cookie would never be sent back and nobody could sign in;
 * browsers treat http://localhost as secure, so the default setup keeps Secure.
 */
export const useSecureCookies =
  env.NODE_ENV === "production" &&
  (env.publicUrl.protocol === "https:" || LOOPBACK_HOSTS.has(env.publicUrl.hostname));

export const SESSION_COOKIE_NAME = SESSION_COOKIE_NAMES[useSecureCookies ? 1 : 0];

/** The secret next-auth signs and encrypts sessions with, derived from the master key. */
export function getSessionSecret(): string {
  return deriveKey("next-auth-session").toString("base64url");
}
