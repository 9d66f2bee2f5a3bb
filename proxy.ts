// Runs before every request: security headers on every response, and a redirect to the sign-in
// page for console pages without a session cookie. It is never the access check: every API
// handler checks the principal itself (lib/api/with-auth.ts) and pages fetch through the API.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import {
  NON_PAGE_CONTENT_SECURITY_POLICY,
  pageContentSecurityPolicy,
  staticSecurityHeaders,
} from "@/lib/http/security-headers";

const PUBLIC_PAGES = ["/sign-in"];
const STATIC_HEADERS = staticSecurityHeaders(env.NODE_ENV === "production");

function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(pathname);
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const page = isPage(pathname);

  if (
    page &&
    !PUBLIC_PAGES.includes(pathname) &&
    !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))
  ) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return withHeaders(NextResponse.redirect(signIn), NON_PAGE_CONTENT_SECURITY_POLICY);
  }
  if (!page) return withHeaders(NextResponse.next(), NON_PAGE_CONTENT_SECURITY_POLICY);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageContentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function withHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// /api/mcp is the gateway's hot path: its handler (withAuth) sets the same headers itself, and
// skipping the proxy there saves a pass through Next's middleware per call.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|api/mcp$).*)" }],
};
