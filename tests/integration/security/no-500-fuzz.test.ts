// Issue 9 (weaker spots): bad input gets the error envelope, never an HTTP 500 and never an empty
// body. Every route and method under app/api (found on disk, like the authorization matrix) is
// called with an admin API key and without credentials, with hostile inputs: prototype-named
// fields in body and query, nesting bombs, null/array/number bodies, wrong content types, invalid
// JSON, lone surrogates, huge strings, NUL characters and odd route parameters. next-auth's own
// endpoint gets direct cases at the end.
// next-auth's package exports do not name core/; its route handler needs Next's request scope
// (next/headers), which a test has not got, so the cases call the AuthHandler it would call.
import { AuthHandler, type RequestInternal } from "../../../node_modules/next-auth/core/index.js";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { BASE_URL, buildRequest, callHandler, type RouteHandler } from "../../helpers/http";
import { createTestKey, createTestUser, seedRoles } from "../../helpers/fixtures";
import { stopGateway } from "../../helpers/upstream";
import { importApiRoutes } from "../../helpers/api-routes";

const NEXT_AUTH_ROUTE = "/api/auth/[...nextauth]";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

type Operation = { key: string; method: Method; route: string; handler: RouteHandler; paramNames: string[] };

async function discoverOperations(): Promise<Operation[]> {
  return (await importApiRoutes())
    .filter(({ route }) => route !== NEXT_AUTH_ROUTE)
    .flatMap(({ route, exports }) => {
      const paramNames = [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
      return METHODS.flatMap((method) => {
        const handler = exports[method];
        return typeof handler === "function"
          ? [{ key: `${method} ${route}`, method, route, handler: handler as RouteHandler, paramNames }]
          : [];
      });
    });
}

const operations = await discoverOperations();

function nested(levels: number): string {
  return "[".repeat(levels) + "]".repeat(levels);
}

const PROTOTYPE_NAMES = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "isPrototypeOf",
];

/** Query strings sent to every operation. */
const QUERIES: Record<string, string> = {
  "prototype names": PROTOTYPE_NAMES.map((name) => `${name}=1`).join("&"),
  "prototype names as values": "q=__proto__&format=constructor&category=toString&limit=valueOf",
  NUL: "q=%00&action=%00&limit=%00&format=%00",
  huge: `q=${"x".repeat(8000)}&action=${"y".repeat(8000)}`,
  "invalid UTF-8": "q=%ED%A0%80&name=%FF%FE",
  "repeated and odd numbers": "limit=1&limit=2&before=-1&from=1e400&to=NaN&cursor=%5B%5D",
};

type BodyCase = { body: string; contentType?: string | null };
const json = (body: string): BodyCase => ({ body, contentType: "application/json" });

/** Bodies sent to every operation that takes one. */
const BODIES: Record<string, BodyCase> = {
  "prototype names": json(`{${PROTOTYPE_NAMES.map((name) => `"${name}": {"isAdmin": true}`).join(",")}}`),
  "prototype names nested": json(
    '{"roles": {"__proto__": ["admin"]}, "env": {"constructor": "x"}, "headers": {"toString": "y"}, "capabilities": ["__proto__"], "name": "constructor"}',
  ),
  "depth bomb": json(`{"arguments": ${nested(10_000)}, "roles": ${nested(10_000)}}`),
  null: json("null"),
  array: json("[1, 2, 3]"),
  number: json("42"),
  string: json('"text"'),
  boolean: json("true"),
  "empty object": json("{}"),
  "text/plain": { body: '{"name": "x"}', contentType: "text/plain" },
  "form encoded": { body: "name=x&roles=admin", contentType: "application/x-www-form-urlencoded" },
  "no content type": { body: '{"name": "x"}', contentType: null },
  "invalid JSON": json('{"name": '),
  "single quotes": json("{'name': 'x'}"),
  binary: { body: "\u0000\u0001\u00ff\ufffe", contentType: "application/json" },
  "lone surrogates": json(
    '{"name": "\\ud800", "email": "\\udc00@example.test", "description": "a\\ud83d", "\\ud800": 1}',
  ),
  "huge string": json(`{"name": "${"x".repeat(600_000)}", "description": "x"}`),
  "over the size limit": json(`{"name": "${"x".repeat(2_000_000)}"}`),
  NUL: json('{"name": "a\\u0000b", "email": "a\\u0000@example.test", "q": "\\u0000", "reason": "\\u0000"}'),
  "wrong types": json(
    '{"name": 1, "email": [], "roles": "admin", "password": {}, "isEnabled": "yes", "days": "many", "timeoutMs": -1}',
  ),
  "JSON-RPC _meta null": json(
    '{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "x__y", "_meta": null}}',
  ),
  "JSON-RPC odd params": json('{"jsonrpc": "2.0", "id": {"a": 1}, "method": "tools/call", "params": null}'),
  "JSON-RPC array params": json('{"jsonrpc": "2.0", "id": 2, "method": "resources/read", "params": ["a"]}'),
  "JSON-RPC prototype method": json(
    '{"jsonrpc": "2.0", "id": 3, "method": "__proto__", "params": {"constructor": 1}}',
  ),
  "JSON-RPC prototype tool": json(
    '{"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "constructor", "arguments": {"__proto__": 1}}}',
  ),
  "JSON-RPC NUL names": json(
    '{"jsonrpc": "2.0", "id": 5, "method": "resources/read", "params": {"uri": "file:///\\u0000"}}',
  ),
  "JSON-RPC surrogate name": json(
    '{"jsonrpc": "2.0", "id": 6, "method": "prompts/get", "params": {"name": "\\ud800", "arguments": {"a": "\\udc00"}}}',
  ),
  "JSON-RPC batch": json('[{"jsonrpc": "2.0", "id": 1, "method": "tools/list"}]'),
};

/** Values for every [param] of a route. */
const PARAM_VALUES = [
  "__proto__",
  "constructor",
  "toString",
  "\u0000",
  "%",
  "x".repeat(5000),
  "\ud800",
  "../../etc/passwd",
  "-1",
  "1e309",
  "99999999999999999999999",
  " ",
];

type Caller = { apiKey?: string };
const callers: Record<"admin" | "anonymous", Caller> = { admin: {}, anonymous: {} };

beforeAll(async () => {
  await seedRoles();
  callers.admin.apiKey = (await createTestKey(["admin"])).secret;
  // A user to sign in as in the next-auth cases.
  await createTestUser(["viewer"]);
});

afterAll(stopGateway);

function urlPath(route: string, params: Record<string, string>): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    try {
      return encodeURIComponent(params[name]);
    } catch {
      return "x"; // a lone surrogate cannot be percent-encoded; the handler gets the raw value
    }
  });
}

type Outcome = { status: number; text: string; contentType: string };

async function send(
  op: Operation,
  caller: Caller,
  options: { query?: string; body?: BodyCase; params?: Record<string, string> },
): Promise<Outcome> {
  const params = options.params ?? Object.fromEntries(op.paramNames.map((name) => [name, "fuzz-id"]));
  const headers: Record<string, string> = { accept: "application/json, text/event-stream" };
  if (options.body?.contentType) headers["content-type"] = options.body.contentType;
  const url = `${urlPath(op.route, params)}${options.query ? `?${options.query}` : ""}`;
  const req = buildRequest(op.method, url, { apiKey: caller.apiKey, rawBody: options.body?.body, headers });
  const response = await callHandler(op.handler, req, params);
  return {
    status: response.status,
    text: await response.text(),
    contentType: response.headers.get("content-type") ?? "",
  };
}

function isEnvelope(value: unknown): boolean {
  if (!value || typeof value !== "object" || !("error" in value)) return false;
  const error = value.error as Record<string, unknown>;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof error.code === "string" &&
    error.code in ERROR_STATUS &&
    typeof error.message === "string" &&
    error.message.length > 0 &&
    typeof error.correlationId === "string" &&
    error.correlationId.length > 0
  );
}

function isJsonRpcError(value: unknown): boolean {
  if (!value || typeof value !== "object" || !("error" in value) || !("jsonrpc" in value)) return false;
  const error = value.error as Record<string, unknown>;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof error.code === "number" &&
    typeof error.message === "string"
  );
}

/** Problems with one answer: a 500, an empty error, or an error that is not the envelope. */
function problemsOf(op: Operation, outcome: Outcome): string | null {
  const { status, text } = outcome;
  if (status >= 500 && !(op.route === "/api/health/ready" && status === 503))
    return `HTTP ${status}: ${text.slice(0, 300)}`;
  if (status < 400)
    return status === 204 || status === 202 || text.length > 0 ? null : `HTTP ${status} with an empty body`;
  if (!text) return `HTTP ${status} with an empty body`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `HTTP ${status} that is not JSON: ${text.slice(0, 200)}`;
  }
  // The MCP endpoint answers protocol errors in JSON-RPC; authentication and size limits in the envelope.
  if (op.route === "/api/mcp" && isJsonRpcError(body)) return null;
  if (!isEnvelope(body)) return `HTTP ${status} without the error envelope: ${text.slice(0, 200)}`;
  const code = (body as { error: { code: ErrorCode } }).error.code;
  return ERROR_STATUS[code] === status ? null : `HTTP ${status} with code ${code}`;
}

describe.each(["admin", "anonymous"] as const)("every route, %s", (callerName) => {
  test.each(operations.map((op) => [op.key, op] as const))("%s", async (_key, op) => {
    const caller = callers[callerName];
    const problems: string[] = [];
    const check = async (label: string, options: Parameters<typeof send>[2]) => {
      const problem = problemsOf(op, await send(op, caller, options));
      if (problem) problems.push(`${label}: ${problem}`);
    };
    for (const [label, query] of Object.entries(QUERIES)) await check(`query ${label}`, { query });
    if (op.method !== "GET") {
      for (const [label, body] of Object.entries(BODIES)) await check(`body ${label}`, { body });
    }
    for (const value of op.paramNames.length ? PARAM_VALUES : []) {
      const params = Object.fromEntries(op.paramNames.map((name) => [name, value]));
      await check(`params ${JSON.stringify(value).slice(0, 20)}`, {
        params,
        ...(op.method === "GET" ? {} : { body: json("{}") }),
      });
    }
    expect(problems).toEqual([]);
  });
});

describe("next-auth's endpoint", () => {
  const CALLBACK_COOKIE = "next-auth.callback-url";

  function callRoute(
    method: "GET" | "POST",
    action: string[],
    options: { query?: string; cookie?: string; body?: string } = {},
  ) {
    const headers: Record<string, string> = options.body
      ? { "content-type": "application/x-www-form-urlencoded" }
      : {};
    if (options.cookie) headers.cookie = options.cookie;
    const req = buildRequest(
      method,
      `/api/auth/${action.join("/")}${options.query ? `?${options.query}` : ""}`,
      { rawBody: options.body, headers },
    );
    return nextAuthRoute[method](req, { params: Promise.resolve({ nextauth: action }) });
  }

  // next-auth answered these with HTTP 500 ("a problem with the server configuration").
  test.each([
    [
      "session, malformed callback-url cookie",
      "GET",
      ["session"],
      { cookie: `${CALLBACK_COOKIE}=${encodeURIComponent("http://localhost:3300.evil.example/")}` },
    ],
    ["session, garbage callback-url cookie", "GET", ["session"], { cookie: `${CALLBACK_COOKIE}=%25%25%25` }],
    [
      "csrf, callbackUrl that is not a URL",
      "GET",
      ["csrf"],
      { query: `callbackUrl=${encodeURIComponent("http://[::1")}` },
    ],
    [
      "session, callbackUrl with a port that is a host",
      "GET",
      ["session"],
      { query: `callbackUrl=${encodeURIComponent("http://localhost:3300.evil.example/")}` },
    ],
    [
      "credentials callback, malformed cookie",
      "POST",
      ["callback", "credentials"],
      { cookie: `${CALLBACK_COOKIE}=http%3A%2F%2F%5B`, body: "email=a%40example.test&password=x" },
    ],
  ] as const)(
    "%s: 400 in the envelope, and a bad cookie is cleared",
    async (_label, method, action, options) => {
      const response = await callRoute(method, [...action], options);
      expect(response.status).toBe(400);
      const body = (await response.json()) as unknown;
      expect(isEnvelope(body)).toBe(true);
      if ("cookie" in options)
        expect(response.headers.get("set-cookie")).toMatch(
          new RegExp(`^${CALLBACK_COOKIE}=; Path=/; Max-Age=0`),
        );
    },
  );

  // Requests without a bad callback URL go on to next-auth, whose route handler reads cookies and
  // headers from next/headers (Next's request scope, which a test has not got): these call the
  // AuthHandler it would call, with our options.
  type AuthCase = Partial<RequestInternal> & { action: RequestInternal["action"] };
  async function auth(req: AuthCase) {
    return AuthHandler({
      req: {
        method: "GET",
        query: {},
        cookies: {},
        headers: { host: new URL(BASE_URL).host },
        body: {},
        ...req,
      },
      options: getAuthOptions(),
    });
  }

  const CASES: [string, AuthCase][] = [
    [
      "credentials sign-in with a callbackUrl on a port-like host",
      {
        action: "callback",
        providerId: "credentials",
        method: "POST",
        body: { callbackUrl: "http://localhost:3300.evil.example/", email: "a@example.test", password: "x" },
      },
    ],
    [
      "signout with a javascript: callbackUrl",
      { action: "signout", method: "POST", body: { callbackUrl: "javascript:alert(1)" } },
    ],
    [
      "signin with a protocol-relative callbackUrl",
      {
        action: "signin",
        method: "POST",
        providerId: "credentials",
        body: { callbackUrl: "//evil.example/" },
      },
    ],
    [
      "csrf with prototype-named query",
      { action: "csrf", query: Object.fromEntries(PROTOTYPE_NAMES.map((n) => [n, "1"])) },
    ],
    ["providers", { action: "providers" }],
    ["session without a cookie", { action: "session" }],
    [
      "credentials callback with NUL and surrogates",
      {
        action: "callback",
        providerId: "credentials",
        method: "POST",
        body: { email: "\u0000", password: "\ud800" },
      },
    ],
    [
      "callback of an unknown provider",
      { action: "callback", providerId: "__proto__", method: "POST", body: {} },
    ],
    ["error page with an odd error", { action: "error", query: { error: "constructor" } }],
  ];

  test.each(CASES)("%s: no 500, and callback URLs stay on this origin", async (_label, req) => {
    const response = await auth(req);
    expect(response.status ?? 200).toBeLessThan(500);
    for (const set of response.cookies ?? []) {
      if (set.name.endsWith("callback-url")) expect(set.value.startsWith(BASE_URL)).toBe(true);
    }
    if (response.redirect) expect(new URL(response.redirect, BASE_URL).origin).toBe(BASE_URL);
  });
});
