// Builds real NextRequest objects and calls route handlers in-process, the way Next.js would.
import { NextRequest } from "next/server";

export const BASE_URL = "http://localhost:3000";

export type Credentials = { apiKey?: string; sessionCookie?: string };

export type RequestOptions = Credentials & {
  /** Serialised as JSON (Content-Type: application/json) unless rawBody is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** The Origin header; cookie-authenticated writes get BASE_URL unless this is null. */
  origin?: string | null;
};

export function buildRequest(method: string, path: string, options: RequestOptions = {}): NextRequest {
  const headers = new Headers(options.headers);
  if (options.apiKey) headers.set("authorization", `Bearer ${options.apiKey}`);
  if (options.sessionCookie) headers.append("cookie", options.sessionCookie);
  const isWrite = !["GET", "HEAD"].includes(method);
  const origin =
    options.origin === undefined ? (options.sessionCookie && isWrite ? BASE_URL : null) : options.origin;
  if (origin) headers.set("origin", origin);

  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new NextRequest(new URL(path, BASE_URL), { method, headers, body });
}

/** A route module's handler, as exported from app/api/.../route.ts. */
export type RouteHandler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export async function callHandler(
  handler: RouteHandler,
  req: NextRequest,
  params: Record<string, string> = {},
): Promise<Response> {
  return handler(req, { params: Promise.resolve(params) });
}

export type ApiResult<T = Record<string, unknown>> = { status: number; headers: Headers; body: T };

/** Calls a handler and reads the body: parsed JSON, the text of anything else, null when empty (204). */
export async function call<T = Record<string, unknown>>(
  handler: RouteHandler,
  method: string,
  path: string,
  options: RequestOptions & { params?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const response = await callHandler(handler, buildRequest(method, path, options), options.params);
  const text = await response.text();
  const isJson = /\bjson\b/.test(response.headers.get("content-type") ?? "");
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? (isJson ? JSON.parse(text) : text) : null) as T,
  };
}

export type ErrorBody = {
  error: { code: string; message: string; correlationId: string; details?: Record<string, unknown> };
};
