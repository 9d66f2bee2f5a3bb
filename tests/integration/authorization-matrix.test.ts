// Who may call what: every route and method under app/api/v1, found on disk, against every
// built-in role (Bearer API keys), two session-cookie users and no principal at all. A route or
// method that exists but is missing from the table fails the first test: add it to the matrix.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { call, type ErrorBody, type RouteHandler } from "../helpers/http";
import { findAuditEvents } from "../helpers/audit";
import {
  BUILT_IN_ROLE_NAMES, createTestKey, createTestUser, seedRoles, sessionCookieFor, uniqueName, type BuiltInRoleName,
} from "../helpers/fixtures";

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Column = BuiltInRoleName | "anonymous";
type Statuses = readonly [admin: number, operator: number, compliance_officer: number, auditor: number, viewer: number, service: number, anonymous: number];
const COLUMNS: readonly Column[] = [...BUILT_IN_ROLE_NAMES, "anonymous"];

// Expected status per caller. 2xx means the call did what it should; 403 and 401 come from withAuth.
//                                                   admin operator compliance auditor viewer service anonymous
const EXPECTED: Record<string, Statuses> = {
  "GET /api/v1/me":                                  [200, 200,     200,       200,    200,   200,    401],
  "GET /api/v1/users":                               [200, 403,     200,       403,    403,   403,    401],
  "POST /api/v1/users":                              [201, 403,     403,       403,    403,   403,    401],
  "GET /api/v1/users/[id]":                          [200, 403,     200,       403,    403,   403,    401],
  "PATCH /api/v1/users/[id]":                        [200, 403,     403,       403,    403,   403,    401],
  "POST /api/v1/users/[id]/reset-password":          [200, 403,     403,       403,    403,   403,    401],
  "GET /api/v1/roles":                               [200, 200,     200,       403,    403,   403,    401],
  "POST /api/v1/roles":                              [201, 403,     403,       403,    403,   403,    401],
  "GET /api/v1/roles/[name]":                        [200, 200,     200,       403,    403,   403,    401],
  "PATCH /api/v1/roles/[name]":                      [200, 403,     403,       403,    403,   403,    401],
  "DELETE /api/v1/roles/[name]":                     [204, 403,     403,       403,    403,   403,    401],
  "GET /api/v1/keys":                                [200, 200,     403,       403,    403,   403,    401],
  "POST /api/v1/keys":                               [201, 201,     403,       403,    403,   403,    401],
  "DELETE /api/v1/keys/[id]":                        [200, 200,     403,       403,    403,   403,    401],
};

type Prepared = { params?: Record<string, string>; body?: unknown };

// How to make each call succeed when allowed: a fresh target per call, so that one caller's
// write never changes what the next caller sees.
const REQUESTS: Record<string, () => Promise<Prepared>> = {
  "GET /api/v1/me": async () => ({}),
  "GET /api/v1/users": async () => ({}),
  "POST /api/v1/users": async () => ({ body: { email: `${uniqueName("new")}@example.test`, password: "a-long-enough-password", roles: ["viewer"] } }),
  "GET /api/v1/users/[id]": async () => ({ params: { id: (await createTestUser(["viewer"])).id } }),
  "PATCH /api/v1/users/[id]": async () => ({ params: { id: (await createTestUser(["viewer"])).id }, body: { name: "Renamed" } }),
  "POST /api/v1/users/[id]/reset-password": async () => ({ params: { id: (await createTestUser(["viewer"])).id }, body: { password: "another-long-password" } }),
  "GET /api/v1/roles": async () => ({}),
  "POST /api/v1/roles": async () => ({ body: { name: uniqueName("role").replace("-", "_"), capabilities: ["servers:read"] } }),
  "GET /api/v1/roles/[name]": async () => ({ params: { name: "viewer" } }),
  "PATCH /api/v1/roles/[name]": async () => ({ params: { name: await createCustomRole() }, body: { description: "Changed by the matrix" } }),
  "DELETE /api/v1/roles/[name]": async () => ({ params: { name: await createCustomRole() } }),
  "GET /api/v1/keys": async () => ({}),
  "POST /api/v1/keys": async () => ({ body: { name: uniqueName("matrix-key"), roles: ["viewer"] } }),
  "DELETE /api/v1/keys/[id]": async () => ({ params: { id: (await createTestKey(["viewer"])).key.id } }),
};

async function createCustomRole(): Promise<string> {
  const { createRole } = await import("@/lib/roles/create-role");
  const role = await createRole({ name: uniqueName("custom").replace("-", "_"), capabilities: ["metrics:read"] }, { principal: null, actor: { type: "system" } });
  return role.name;
}

type DiscoveredRoute = { route: string; file: string; handlers: Partial<Record<(typeof HTTP_METHODS)[number], RouteHandler>> };

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRouteFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const discovered: DiscoveredRoute[] = [];
  for (const file of findRouteFiles(API_ROOT).sort()) {
    const route = `/api/v1/${path.relative(API_ROOT, path.dirname(file)).split(path.sep).join("/")}`.replace(/\/$/, "");
    const routeModule = (await import(file)) as Record<string, unknown>;
    const handlers: DiscoveredRoute["handlers"] = {};
    for (const method of HTTP_METHODS) {
      if (typeof routeModule[method] === "function") handlers[method] = routeModule[method] as RouteHandler;
    }
    discovered.push({ route, file, handlers });
  }
  return discovered;
}

const routes = await discoverRoutes();
const operations = routes.flatMap((r) => Object.entries(r.handlers).map(([method, handler]) => ({ key: `${method} ${r.route}`, method, route: r.route, handler: handler! })));

function pathFor(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`The matrix gives no value for [${name}] in ${route}`);
    return encodeURIComponent(params[name]);
  });
}

const credentials = new Map<Column, { apiKey?: string; keyId?: string }>();
const sessions = new Map<"admin" | "viewer", string>();

beforeAll(async () => {
  await seedRoles();
  credentials.set("anonymous", {});
  for (const role of BUILT_IN_ROLE_NAMES) {
    const { key, secret } = await createTestKey([role], { name: `matrix ${role}` });
    credentials.set(role, { apiKey: secret, keyId: key.id });
  }
  for (const role of ["admin", "viewer"] as const) {
    sessions.set(role, await sessionCookieFor((await createTestUser([role])).id));
  }
});

test("every route and method under app/api/v1 is in the matrix, and nothing else is", () => {
  expect(operations.length).toBeGreaterThan(0);
  const onDisk = operations.map((o) => o.key);
  const missing = onDisk.filter((key) => !(key in EXPECTED) || !(key in REQUESTS));
  const stale = Object.keys(EXPECTED).filter((key) => !onDisk.includes(key));
  expect(missing, `Found on disk but not in the authorization matrix; add it to the matrix in ${path.relative(process.cwd(), import.meta.filename)}`).toEqual([]);
  expect(stale, "In the matrix but no longer on disk; remove them from the matrix").toEqual([]);
});

describe.each(operations.filter((o) => o.key in EXPECTED && o.key in REQUESTS))("$key", ({ key, method, route, handler }) => {
  test.each(COLUMNS.map((column, index) => ({ column, status: EXPECTED[key][index] })))("$column (API key) -> $status", async ({ column, status }) => {
    const { params, body } = await REQUESTS[key]();
    const credential = credentials.get(column)!;
    const url = pathFor(route, params);
    const res = await call<ErrorBody>(handler, method, url, { apiKey: credential.apiKey, params, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.headers.get("x-correlation-id")).toBeTruthy();

    if (status === 401) expect(res.body.error.code).toBe("unauthorized");
    if (status === 403) {
      expect(res.body.error.code).toBe("forbidden");
      const denials = await findAuditEvents({ category: "access", action: "authorize", result: "denied", actorId: credential.keyId, correlationId: res.body.error.correlationId });
      expect(denials).toHaveLength(1);
      expect(denials[0].target).toBe(`${method} ${url}`);
    }
  });

  test.each([
    { who: "admin" as const, status: EXPECTED[key][COLUMNS.indexOf("admin")] },
    { who: "viewer" as const, status: EXPECTED[key][COLUMNS.indexOf("viewer")] },
  ])("$who (session cookie) -> $status", async ({ who, status }) => {
    const { params, body } = await REQUESTS[key]();
    const res = await call<ErrorBody>(handler, method, pathFor(route, params), { sessionCookie: sessions.get(who), params, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
  });
});
