import "server-only";
import type { NextRequest } from "next/server";
import type { z, ZodType } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/log";
import { actorOf, recordEvent } from "@/lib/audit/record-event";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import { errorResponse, toAppError } from "@/lib/api/error-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { checkRouteParams, readQuery } from "@/lib/api/read-query";
import { requestMetaFrom } from "@/lib/api/request-meta";
import { resolvePrincipal } from "@/lib/api/resolve-principal";
import { decide } from "@/lib/rbac/decide";
import { NON_PAGE_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "@/lib/http/security-headers";
import { isAllowedOrigin } from "@/lib/http/allowed-origins";
import type { Capability } from "@/lib/rbac/capabilities";
import type { Principal } from "@/lib/auth/principal";

/** "public": no principal needed; "authenticated": any principal; otherwise the capability. */
export type Requirement = Capability | "authenticated" | "public";

type Parsed<S> = S extends ZodType ? z.output<S> : undefined;

export type WithAuthOptions<B extends ZodType | undefined, Q extends ZodType | undefined> = {
  capability: Requirement;
  body?: B;
  query?: Q;
};

export type HandlerContext<R extends Requirement, B, Q> = {
  req: NextRequest;
  principal: R extends "public" ? Principal | null : Principal;
  body: B;
  query: Q;
  params: Record<string, string>;
  correlationId: string;
  meta: RequestMeta;
};

type RouteContext = { params?: Promise<Record<string, string | string[]> | undefined> };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The one wrapper for every route handler: resolves the principal (session cookie or Bearer API
 * key), checks the capability with decide() (denials audited), checks Origin on cookie-authenticated
 * writes, parses and validates body and query, and maps every error to the error envelope.
 * A handler returns a Response, or data to be sent as 200 JSON.
 */
export function withAuth<
  R extends Requirement,
  B extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
>(
  options: WithAuthOptions<B, Q> & { capability: R },
  handler: (ctx: HandlerContext<R, Parsed<B>, Parsed<Q>>) => Promise<Response | unknown>,
) {
  return async function handle(req: NextRequest, routeContext?: RouteContext): Promise<Response> {
    const meta = requestMetaFrom(req.headers);
    const correlationId = meta.correlationId!;
    try {
      // Public routes ignore credentials, so that a stale header cannot make a probe fail.
      const principal = options.capability === "public" ? null : await resolvePrincipal(req, meta);
      if (options.capability !== "public") {
        if (!principal)
          throw new AppError("unauthorized", "Sign in or send a valid API key (Authorization: Bearer …).");
        if (options.capability !== "authenticated") await authorize(principal, options.capability, req, meta);
      }
      if (principal?.via === "session" && STATE_CHANGING.has(req.method)) checkOrigin(req);

      const body = options.body ? options.body.parse(await readJsonBody(req, env.MAX_BODY_BYTES)) : undefined;
      const query = options.query ? options.query.parse(readQuery(req.nextUrl)) : undefined;
      const params = checkRouteParams(flattenParams((await routeContext?.params) ?? {}));

      const result = await handler({
        req,
        principal: principal as HandlerContext<R, Parsed<B>, Parsed<Q>>["principal"],
        body: body as Parsed<B>,
        query: query as Parsed<Q>,
        params,
        correlationId,
        meta,
      });
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set("X-Correlation-Id", correlationId);
      return withSecurityHeaders(response);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "internal_error") {
        log.error("request failed", {
          correlationId,
          method: req.method,
          path: req.nextUrl.pathname,
          ...errorFields(error),
        });
      }
      return withSecurityHeaders(errorResponse(appError, correlationId));
    }
  };
}

/** The capability check withAuth runs; handlers call it for requirements that depend on the body (audited the same way). */
export async function authorize(
  principal: Principal,
  capability: Capability,
  req: NextRequest,
  meta: RequestMeta,
): Promise<void> {
  const decision = decide(principal.access, { capability });
  if (decision.allowed) return;
  await recordEvent({
    category: "access",
    action: "authorize",
    result: "denied",
    actor: actorOf(principal),
    target: `${req.method} ${req.nextUrl.pathname}`,
    details: { capability, reason: decision.reason },
    meta,
  });
  throw new AppError("forbidden", `You do not have permission to do this (requires ${capability}).`, {
    capability,
    reason: decision.reason,
  });
}

const API_HEADERS = {
  ...staticSecurityHeaders(env.NODE_ENV === "production"),
  "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
};

/** The proxy sets these on most responses; routes it skips (the MCP endpoint) get them here. */
function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

/** PUBLIC_URL's origin, its loopback aliases and ALLOWED_ORIGINS (lib/http/allowed-origins.ts). */
function checkOrigin(req: NextRequest): void {
  const origin = req.headers.get("origin");
  if (!origin || !isAllowedOrigin(origin)) {
    throw new AppError(
      "forbidden",
      "Cross-origin request refused: the Origin header does not match this console.",
      { reason: "origin_mismatch" },
    );
  }
}

function flattenParams(params: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
}
