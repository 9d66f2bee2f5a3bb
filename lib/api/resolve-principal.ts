import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import { recordAuthFailure } from "@/lib/audit/record-auth-failure";
import { authenticateApiKey } from "@/lib/auth/authenticate-api-key";
import { getSessionPrincipal } from "@/lib/auth/session-principal";
import type { Principal } from "@/lib/auth/principal";

const KEY_FAILURE_MESSAGES = {
  malformed: "The API key is not valid.",
  unknown: "The API key is not valid.",
  revoked: "The API key has been revoked.",
  expired: "The API key has expired.",
  owner_disabled: "The API key belongs to a disabled user.",
  no_owner: "The API key belongs to no user; create a new key.",
} as const;

/**
 * A Bearer API key when the Authorization header carries one (a bad key is a 401, never a
 * fallback to the cookie); otherwise the session cookie's user; otherwise null.
 */
export async function resolvePrincipal(req: NextRequest, meta: RequestMeta): Promise<Principal | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError("unauthorized", "The Authorization header must be 'Bearer <api key>'.");
    const outcome = await authenticateApiKey(match[1]);
    if (outcome.ok) return outcome.principal;
    // Past the address's burst of failures: 429, and counted into one summary event.
    const verdict = await recordAuthFailure({
      category: "auth",
      action: "api_key_authenticate",
      result: "failure",
      actor: outcome.keyId
        ? { type: "api_key", id: outcome.keyId, label: outcome.keyId }
        : { type: "anonymous" },
      target: `${req.method} ${req.nextUrl.pathname}`,
      details: { reason: outcome.reason },
      meta,
    });
    if (verdict.isThrottled) {
      throw new AppError(
        "rate_limited",
        `Too many failed authentications from this address; retry in ${verdict.retryAfterSeconds} s.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
        { "Retry-After": String(verdict.retryAfterSeconds) },
      );
    }
    throw new AppError("unauthorized", KEY_FAILURE_MESSAGES[outcome.reason], { reason: outcome.reason });
  }
  return getSessionPrincipal(req);
}
