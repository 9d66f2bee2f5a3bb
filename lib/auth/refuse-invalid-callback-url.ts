import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/error-response";
import { correlationIdFrom } from "@/lib/api/request-meta";
import { useSecureCookies } from "@/lib/auth/session-cookie";

// next-auth's defaults: we configure the session cookie only.
const CALLBACK_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.callback-url`;

/** What next-auth accepts as a callback URL: an http(s) URL, or a path on this site. */
function isHttpUrl(text: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(text, text.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers a callback URL it cannot parse, in the query or in its callback-url cookie,
 * with HTTP 500 ("a problem with the server configuration") on every endpoint: one mangled
 * cookie broke /api/auth/session for that browser. Such a request gets 400 here instead, and the
 * cookie is cleared so the next request works. null: nothing wrong, let next-auth answer.
 */
export function refuseInvalidCallbackUrl(req: NextRequest): Response | null {
  const base = req.nextUrl.origin;
  const param = req.nextUrl.searchParams.get("callbackUrl");
  const cookie = req.cookies.get(CALLBACK_COOKIE)?.value;
  const isBadParam = param !== null && !isHttpUrl(param, base);
  const isBadCookie = cookie !== undefined && !isHttpUrl(cookie, base);
  if (!isBadParam && !isBadCookie) return null;
  const error = new AppError("invalid_input", "The callback URL is not a valid URL.", {
    fields: { callbackUrl: ["Not a valid URL"] },
  });
  const response = errorResponse(error, correlationIdFrom(req.headers));
  if (isBadCookie)
    response.headers.append(
      "Set-Cookie",
      `${CALLBACK_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${useSecureCookies ? "; Secure" : ""}`,
    );
  return response;
}
