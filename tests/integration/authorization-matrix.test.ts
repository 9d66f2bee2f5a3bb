// Who may call what: every route and method under app/api (found on disk; only next-auth's own
// endpoints are left out) against every built-in role (Bearer API keys), two session-cookie users
// and no principal at all. A route or method that exists but is missing from the table fails the
// first test: add it to the matrix.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { call, type ErrorBody, type RouteHandler } from "../helpers/http";
import { importApiRoutes } from "../helpers/api-routes";
import path from "node:path";
import { findAuditEvents, lastAuditId } from "../helpers/audit";
import {
  BUILT_IN_ROLE_NAMES,
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type BuiltInRoleName,
} from "../helpers/fixtures";
import {
  createEverythingServer,
  createToolPendingReview,
  everythingStdio,
  stopGateway,
} from "../helpers/upstream";

/** Routes that are not ours to check here: next-auth's sign-in endpoints (covered by e2e). */
const EXCLUDED_ROUTES = new Set(["/api/auth/[...nextauth]"]);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Column = BuiltInRoleName | "anonymous" | "admin (session)" | "viewer (session)";
type Statuses = readonly [
  admin: number,
  operator: number,
  compliance_officer: number,
  auditor: number,
  viewer: number,
  service: number,
  anonymous: number,
  adminSession: number,
  viewerSession: number,
];
const COLUMNS: readonly Column[] = [
  ...BUILT_IN_ROLE_NAMES,
  "anonymous",
  "admin (session)",
  "viewer (session)",
];

// Expected status per caller: 2xx means the call did what it should; 401 and 403 come from
// withAuth. Columns: API keys of each built-in role, no credentials, then session cookies.
//                                                admin oper compl audit view serv  anon  admin(s) viewer(s)
const EXPECTED: Record<string, Statuses> = {
  "GET /api/health": [200, 200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/health/ready": [200, 200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/metrics": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  // The gateway takes API keys only: a signed-in user with mcp:connect still gets 401.
  "POST /api/mcp": [200, 200, 403, 403, 403, 200, 401, 401, 403],
  "GET /api/mcp": [405, 405, 403, 403, 403, 405, 401, 405, 403],
  "DELETE /api/mcp": [405, 405, 403, 403, 403, 405, 401, 405, 403],
  "GET /api/v1/me": [200, 200, 200, 200, 200, 200, 401, 200, 200],
  "GET /api/v1/overview": [200, 200, 200, 200, 200, 200, 401, 200, 200],
  // Alerts: reading needs metrics:read; changing rules and webhooks settings:write.
  "GET /api/v1/alerts": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/alerts/rules": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "POST /api/v1/alerts/rules": [201, 403, 403, 403, 403, 403, 401, 201, 403],
  "GET /api/v1/alerts/rules/[id]": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "PATCH /api/v1/alerts/rules/[id]": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/alerts/rules/[id]": [204, 403, 403, 403, 403, 403, 401, 204, 403],
  "GET /api/v1/alerts/history": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/alerts/webhooks": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "POST /api/v1/alerts/webhooks": [201, 403, 403, 403, 403, 403, 401, 201, 403],
  "PATCH /api/v1/alerts/webhooks/[id]": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/alerts/webhooks/[id]": [204, 403, 403, 403, 403, 403, 401, 204, 403],
  "GET /api/v1/alerts/webhooks/[id]/deliveries": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/alerts/prometheus-rules": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/metrics/overview": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/metrics/servers/[slug]": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "GET /api/v1/metrics/servers/[slug]/tools/[tool]": [200, 200, 200, 200, 200, 403, 401, 200, 200],
  "POST /api/v1/access/explain": [200, 200, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/users": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/users": [201, 403, 403, 403, 403, 403, 401, 201, 403],
  "GET /api/v1/users/[id]": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "PATCH /api/v1/users/[id]": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/users/[id]/reset-password": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/users/[id]/unlock": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/roles": [200, 200, 200, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/roles": [201, 403, 403, 403, 403, 403, 401, 201, 403],
  "GET /api/v1/roles/[name]": [200, 200, 200, 403, 403, 403, 401, 200, 403],
  "PATCH /api/v1/roles/[name]": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/roles/[name]": [204, 403, 403, 403, 403, 403, 401, 204, 403],
  "POST /api/v1/roles/[name]/preview": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/keys": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/keys": [201, 201, 403, 403, 403, 403, 401, 201, 403],
  "PATCH /api/v1/keys/[id]": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/keys/[id]": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/servers": [200, 200, 403, 403, 200, 403, 401, 200, 200],
  // The matrix registers and tests stdio servers: that runs a command, so it needs servers:exec
  // (admin only); operators keep HTTP/SSE (tests/integration/security/stdio-exec-capability.test.ts).
  "POST /api/v1/servers": [201, 403, 403, 403, 403, 403, 401, 201, 403],
  "POST /api/v1/servers/test": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/servers/[id]": [200, 200, 403, 403, 200, 403, 401, 200, 200],
  "PATCH /api/v1/servers/[id]": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/servers/[id]": [204, 204, 403, 403, 403, 403, 401, 204, 403],
  "PUT /api/v1/servers/[id]/privacy": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/servers/[id]/refresh": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/servers/[id]/test": [200, 403, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/tools": [200, 200, 403, 403, 200, 403, 401, 200, 200],
  "GET /api/v1/tools/[id]": [200, 200, 403, 403, 200, 403, 401, 200, 200],
  "PATCH /api/v1/tools/[id]": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "PUT /api/v1/tools/[id]/privacy": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/tools/[id]/approve": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/tools/[id]/reject": [200, 200, 403, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/integrity": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/audit/integrity/verify": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/events": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/events/[id]": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/facets": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/retention": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "PUT /api/v1/audit/retention/[key]": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "POST /api/v1/audit/retention/run": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/holds": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/audit/holds": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "POST /api/v1/audit/holds/[id]/release": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/export": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/export/count": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/exports": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/exports/[id]/manifest": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/audit/signing-key": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  // Reveal needs audit:read and privacy:reveal: the auditor reads the trail masked only.
  "POST /api/v1/audit/events/[id]/reveal": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "GET /api/v1/privacy/detectors": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/detectors": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "PATCH /api/v1/privacy/detectors/[id]": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/privacy/detectors/[id]": [204, 403, 204, 403, 403, 403, 401, 204, 403],
  "POST /api/v1/privacy/detect": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/privacy/masking-policies": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/masking-policies": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "PATCH /api/v1/privacy/masking-policies/[id]": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/privacy/masking-policies/[id]": [204, 403, 204, 403, 403, 403, 401, 204, 403],
  "POST /api/v1/privacy/tokens/reveal": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  // Data subjects and consent: reading needs privacy:read (auditors too), writing consent:write.
  "GET /api/v1/privacy/subjects": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/subjects": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "GET /api/v1/privacy/subjects/[id]": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  // Operators (tools:write) read purposes to declare what a tool needs.
  "GET /api/v1/purposes": [200, 200, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/purposes": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "PATCH /api/v1/purposes/[key]": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  "DELETE /api/v1/purposes/[key]": [204, 403, 204, 403, 403, 403, 401, 204, 403],
  "GET /api/v1/consents": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/consents": [201, 403, 201, 403, 403, 403, 401, 201, 403],
  "POST /api/v1/consents/import": [200, 403, 200, 403, 403, 403, 401, 200, 403],
  // Data-subject requests: reading needs privacy:read; each step its own capability (auditors).
  "GET /api/v1/privacy/requests": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests": [201, 403, 403, 201, 403, 403, 401, 201, 403],
  "GET /api/v1/privacy/requests/summary": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/privacy/requests/[id]": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/verify": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/approve": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/reject": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/cancel": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/extend": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/execute": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  "POST /api/v1/privacy/requests/[id]/retry": [200, 403, 403, 200, 403, 403, 401, 200, 403],
  // The erasure certificate: reading needs privacy:read, like the request itself.
  "GET /api/v1/privacy/requests/[id]/certificate": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  // Access exports: making one needs privacy:execute; downloading it (file, manifest) privacy:read.
  "POST /api/v1/privacy/requests/[id]/exports": [201, 403, 403, 201, 403, 403, 401, 201, 403],
  "GET /api/v1/privacy/exports/[id]/file": [200, 403, 200, 200, 403, 403, 401, 200, 403],
  "GET /api/v1/privacy/exports/[id]/manifest": [200, 403, 200, 200, 403, 403, 401, 200, 403],
};

type Prepared = {
  params?: Record<string, string>;
  body?: unknown;
  /** A body that is not JSON (the consent CSV import) */
  rawBody?: string;
  headers?: Record<string, string>;
};

const MCP_HEADERS = { accept: "application/json, text/event-stream" };
const MCP_INITIALIZE = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: {
    protocolVersion: "2025-06-18",
    capabilities: {},
    clientInfo: { name: "authorization-matrix", version: "1.0.0" },
  },
};

/** Shared by calls that do not change it: an enabled server-everything with its tools listed. */
let liveServerId = "";
let liveServerSlug = "";
let liveToolId = "";

// How to make each call succeed when allowed: a fresh target per call wherever the call changes
// its target, so that one caller's write never changes what the next caller sees.
const REQUESTS: Record<string, () => Promise<Prepared>> = {
  "GET /api/health": async () => ({}),
  "GET /api/health/ready": async () => ({}),
  "GET /api/metrics": async () => ({}),
  "POST /api/mcp": async () => ({ body: MCP_INITIALIZE, headers: MCP_HEADERS }),
  "GET /api/mcp": async () => ({ headers: { accept: "text/event-stream" } }),
  "DELETE /api/mcp": async () => ({}),
  "GET /api/v1/me": async () => ({}),
  "GET /api/v1/overview": async () => ({}),
  "GET /api/v1/alerts": async () => ({}),
  "GET /api/v1/alerts/rules": async () => ({}),
  "POST /api/v1/alerts/rules": async () => ({ body: matrixRuleBody() }),
  "GET /api/v1/alerts/rules/[id]": async () => ({ params: { id: await createRuleForMatrix() } }),
  "PATCH /api/v1/alerts/rules/[id]": async () => ({
    params: { id: await createRuleForMatrix() },
    body: { threshold: 42 },
  }),
  "DELETE /api/v1/alerts/rules/[id]": async () => ({ params: { id: await createRuleForMatrix() } }),
  "GET /api/v1/alerts/history": async () => ({}),
  "GET /api/v1/alerts/webhooks": async () => ({}),
  "POST /api/v1/alerts/webhooks": async () => ({ body: matrixWebhookBody() }),
  "PATCH /api/v1/alerts/webhooks/[id]": async () => ({
    params: { id: await createWebhookForMatrix() },
    body: { minSeverity: "critical" },
  }),
  "DELETE /api/v1/alerts/webhooks/[id]": async () => ({ params: { id: await createWebhookForMatrix() } }),
  "GET /api/v1/alerts/webhooks/[id]/deliveries": async () => ({
    params: { id: await createWebhookForMatrix() },
  }),
  "GET /api/v1/alerts/prometheus-rules": async () => ({}),
  "GET /api/v1/metrics/overview": async () => ({}),
  "GET /api/v1/metrics/servers/[slug]": async () => ({ params: { slug: liveServerSlug } }),
  "GET /api/v1/metrics/servers/[slug]/tools/[tool]": async () => ({
    params: { slug: liveServerSlug, tool: "echo" },
  }),
  "POST /api/v1/access/explain": async () => ({
    body: {
      principal: { type: "api_key", id: (await createTestKey(["viewer"])).key.id },
      action: { capability: "users:read" },
    },
  }),
  "GET /api/v1/users": async () => ({}),
  "POST /api/v1/users": async () => ({
    body: {
      email: `${uniqueName("new")}@example.test`,
      password: "a-long-enough-password",
      roles: ["viewer"],
    },
  }),
  "GET /api/v1/users/[id]": async () => ({ params: { id: (await createTestUser(["viewer"])).id } }),
  "PATCH /api/v1/users/[id]": async () => ({
    params: { id: (await createTestUser(["viewer"])).id },
    body: { name: "Renamed" },
  }),
  "POST /api/v1/users/[id]/reset-password": async () => ({
    params: { id: (await createTestUser(["viewer"])).id },
    body: { password: "another-long-password" },
  }),
  "POST /api/v1/users/[id]/unlock": async () => ({ params: { id: (await createTestUser(["viewer"])).id } }),
  "GET /api/v1/roles": async () => ({}),
  "POST /api/v1/roles": async () => ({
    body: { name: uniqueName("role").replace("-", "_"), capabilities: ["servers:read"] },
  }),
  "GET /api/v1/roles/[name]": async () => ({ params: { name: "viewer" } }),
  "PATCH /api/v1/roles/[name]": async () => ({
    params: { name: await createCustomRole() },
    body: { description: "Changed by the matrix" },
  }),
  "DELETE /api/v1/roles/[name]": async () => ({ params: { name: await createCustomRole() } }),
  "POST /api/v1/roles/[name]/preview": async () => ({
    params: { name: await createCustomRole() },
    body: { capabilities: ["metrics:read", "servers:read"] },
  }),
  "GET /api/v1/keys": async () => ({}),
  "POST /api/v1/keys": async () => ({ body: { name: uniqueName("matrix-key"), roles: ["viewer"] } }),
  "PATCH /api/v1/keys/[id]": async () => ({
    params: { id: (await createTestKey(["viewer"])).key.id },
    body: { name: "Renamed key", rateLimitPerMinute: 120 },
  }),
  "DELETE /api/v1/keys/[id]": async () => ({ params: { id: (await createTestKey(["viewer"])).key.id } }),
  "GET /api/v1/servers": async () => ({}),
  "POST /api/v1/servers": async () => ({
    body: { slug: uniqueName("new"), name: "Matrix server", ...everythingStdio(), isEnabled: false },
  }),
  "POST /api/v1/servers/test": async () => ({ body: everythingStdio() }),
  "GET /api/v1/servers/[id]": async () => ({ params: { id: liveServerId } }),
  "PATCH /api/v1/servers/[id]": async () => ({
    params: { id: (await createEverythingServer()).id },
    body: { description: "Changed by the matrix" },
  }),
  "DELETE /api/v1/servers/[id]": async () => ({ params: { id: (await createEverythingServer()).id } }),
  "PUT /api/v1/servers/[id]/privacy": async () => ({
    params: { id: (await createEverythingServer()).id },
    body: { declaration: { purposes: ["analytics"] } },
  }),
  "POST /api/v1/servers/[id]/refresh": async () => ({ params: { id: liveServerId } }),
  "POST /api/v1/servers/[id]/test": async () => ({ params: { id: liveServerId } }),
  "GET /api/v1/tools": async () => ({}),
  "GET /api/v1/tools/[id]": async () => ({ params: { id: liveToolId } }),
  "PATCH /api/v1/tools/[id]": async () => ({ params: { id: liveToolId }, body: { timeoutMs: 20_000 } }),
  "PUT /api/v1/tools/[id]/privacy": async () => ({ params: { id: liveToolId }, body: { declaration: null } }),
  "POST /api/v1/tools/[id]/approve": async () => {
    const tool = await createToolPendingReview();
    return { params: { id: tool.id }, body: { hash: tool.pendingHash, note: "reviewed by the matrix" } };
  },
  "POST /api/v1/tools/[id]/reject": async () => {
    const tool = await createToolPendingReview();
    return { params: { id: tool.id }, body: { hash: tool.pendingHash } };
  },
  "GET /api/v1/audit/integrity": async () => ({}),
  "POST /api/v1/audit/integrity/verify": async () => ({}),
  "GET /api/v1/audit/events": async () => ({}),
  "GET /api/v1/audit/events/[id]": async () => ({ params: { id: String(await lastAuditId()) } }),
  "GET /api/v1/audit/facets": async () => ({}),
  "GET /api/v1/audit/retention": async () => ({}),
  "PUT /api/v1/audit/retention/[key]": async () => ({ params: { key: "access" }, body: { days: 2555 } }),
  "POST /api/v1/audit/retention/run": async () => ({}),
  "GET /api/v1/audit/holds": async () => ({}),
  "POST /api/v1/audit/holds": async () => ({
    body: { reason: "Matrix hold", fromTime: "2020-01-01T00:00:00Z" },
  }),
  "POST /api/v1/audit/holds/[id]/release": async () => ({ params: { id: await createLegalHoldForMatrix() } }),
  "GET /api/v1/audit/export": async () => ({}),
  "GET /api/v1/audit/export/count": async () => ({}),
  "GET /api/v1/audit/exports": async () => ({}),
  "GET /api/v1/audit/exports/[id]/manifest": async () => ({
    params: { id: await createCompletedExportForMatrix() },
  }),
  "GET /api/v1/audit/signing-key": async () => ({}),
  "POST /api/v1/audit/events/[id]/reveal": async () => ({
    params: { id: String(await lastAuditId()) },
    body: { reason: "Matrix: checking who may reveal" },
  }),
  "GET /api/v1/privacy/detectors": async () => ({}),
  "POST /api/v1/privacy/detectors": async () => ({ body: matrixDetectorBody() }),
  "PATCH /api/v1/privacy/detectors/[id]": async () => ({
    params: { id: await createDetectorForMatrix() },
    body: { isEnabled: false },
  }),
  "DELETE /api/v1/privacy/detectors/[id]": async () => ({ params: { id: await createDetectorForMatrix() } }),
  "POST /api/v1/privacy/detect": async () => ({ body: { text: "Write to jane.doe@example.com" } }),
  "GET /api/v1/privacy/masking-policies": async () => ({}),
  "POST /api/v1/privacy/masking-policies": async () => ({ body: matrixPolicyBody() }),
  "PATCH /api/v1/privacy/masking-policies/[id]": async () => ({
    params: { id: await createMaskingPolicyForMatrix() },
    body: { strategy: "hash" },
  }),
  "DELETE /api/v1/privacy/masking-policies/[id]": async () => ({
    params: { id: await createMaskingPolicyForMatrix() },
  }),
  "POST /api/v1/privacy/tokens/reveal": async () => ({
    body: { token: await createTokenForMatrix(), reason: "Matrix: checking who may reveal" },
  }),
  "GET /api/v1/privacy/subjects": async () => ({}),
  "POST /api/v1/privacy/subjects": async () => ({ body: { externalId: uniqueName("matrix-subject") } }),
  "GET /api/v1/privacy/subjects/[id]": async () => ({ params: { id: await createSubjectForMatrix() } }),
  "GET /api/v1/purposes": async () => ({}),
  "POST /api/v1/purposes": async () => ({
    body: { key: purposeKeyForMatrix(), name: "Matrix purpose", legalBasis: "consent" },
  }),
  "PATCH /api/v1/purposes/[key]": async () => ({
    params: { key: await createPurposeForMatrix() },
    body: { description: "Changed by the matrix" },
  }),
  "DELETE /api/v1/purposes/[key]": async () => ({ params: { key: await createPurposeForMatrix() } }),
  "GET /api/v1/consents": async () => ({}),
  "POST /api/v1/consents": async () => ({
    body: {
      subject: { externalId: uniqueName("matrix-consent") },
      purpose: "marketing",
      decision: "granted",
    },
  }),
  // Without ?dryRun=false the import only checks the file.
  "POST /api/v1/consents/import": async () => ({
    rawBody: `external_id,purpose,decision\n${uniqueName("matrix-import")},marketing,granted\n`,
    headers: { "content-type": "text/csv" },
  }),
  "GET /api/v1/privacy/requests": async () => ({}),
  "POST /api/v1/privacy/requests": async () => ({
    body: { type: "access", identifier: { kind: "external_id", value: uniqueName("matrix-request") } },
  }),
  "GET /api/v1/privacy/requests/summary": async () => ({}),
  "GET /api/v1/privacy/requests/[id]": async () => ({
    params: { id: await createRequestForMatrix("received") },
  }),
  "POST /api/v1/privacy/requests/[id]/verify": async () => ({
    params: { id: await createRequestForMatrix("received") },
    body: { method: "email_reply", reference: "Matrix ticket 1" },
  }),
  "POST /api/v1/privacy/requests/[id]/approve": async () => ({
    params: { id: await createRequestForMatrix("identity_verified") },
  }),
  "POST /api/v1/privacy/requests/[id]/reject": async () => ({
    params: { id: await createRequestForMatrix("received") },
    body: { reason: "Matrix: not a request" },
  }),
  "POST /api/v1/privacy/requests/[id]/cancel": async () => ({
    params: { id: await createRequestForMatrix("received") },
    body: { reason: "Matrix: withdrawn" },
  }),
  "POST /api/v1/privacy/requests/[id]/extend": async () => ({
    params: { id: await createRequestForMatrix("received") },
    body: { reason: "Matrix: complex request", days: 10 },
  }),
  "POST /api/v1/privacy/requests/[id]/execute": async () => ({
    params: { id: await createRequestForMatrix("approved") },
  }),
  "POST /api/v1/privacy/requests/[id]/retry": async () => ({
    params: { id: await createRequestForMatrix("failed") },
  }),
  "GET /api/v1/privacy/requests/[id]/certificate": async () => ({
    params: { id: await createCompletedErasureForMatrix() },
  }),
  "POST /api/v1/privacy/requests/[id]/exports": async () => ({
    params: { id: await createRequestForMatrix("completed") },
    body: { format: "json" },
  }),
  "GET /api/v1/privacy/exports/[id]/file": async () => ({
    params: { id: await createSubjectExportForMatrix() },
  }),
  "GET /api/v1/privacy/exports/[id]/manifest": async () => ({
    params: { id: await createSubjectExportForMatrix() },
  }),
};

/** An access request about no one known, in the given state, received and verified by nobody here. */
async function createRequestForMatrix(state: string): Promise<string> {
  const { db } = await import("@/lib/db");
  const { newRequestId } = await import("@/lib/privacy/requests/create-request");
  const id = newRequestId();
  const dueAt = new Date(Date.now() + 30 * 86_400_000);
  await db.privacyRequest.create({
    data: {
      id,
      type: "access",
      state,
      identifierKind: "external_id",
      identifierHint: "ma***",
      initialDueAt: dueAt,
      dueAt,
    },
  });
  return id;
}

/** An erasure that named no one, run to completion: it has a certificate to download. */
async function createCompletedErasureForMatrix(): Promise<string> {
  const { createExecutingErasure, executionContextFor, completeRequest } =
    await import("./privacy/erasure-fixtures");
  const { executeErasure } = await import("@/lib/privacy/erasure/execute-erasure");
  const request = await createExecutingErasure(null);
  await completeRequest(request.id, await executeErasure(await executionContextFor(request.id)));
  return request.id;
}

/** A finished access export of a completed request about no one known (it says nothing was found). */
async function createSubjectExportForMatrix(): Promise<string> {
  const { createSubjectExport } = await import("@/lib/privacy/access/create-subject-export");
  const { exportId } = await createSubjectExport({
    requestId: await createRequestForMatrix("completed"),
    format: "json",
  });
  return exportId;
}

function matrixRuleBody() {
  return {
    name: uniqueName("matrix rule"),
    metric: "error_rate",
    scope: "server",
    server: "matrix",
    comparison: "gt",
    threshold: 50,
    forSeconds: 60,
    severity: "warning",
  } as const;
}

async function createRuleForMatrix(): Promise<string> {
  const { createRule } = await import("@/lib/alerts/manage-rules");
  return (await createRule(matrixRuleBody(), { principal: null, actor: { type: "system" } })).id;
}

function matrixWebhookBody() {
  return { name: uniqueName("matrix hook"), url: "http://127.0.0.1:9/hook" };
}

async function createWebhookForMatrix(): Promise<string> {
  const { createWebhook } = await import("@/lib/alerts/manage-webhooks");
  return (await createWebhook(matrixWebhookBody(), { principal: null, actor: { type: "system" } })).webhook
    .id;
}

async function createSubjectForMatrix(): Promise<string> {
  const { resolveSubject } = await import("@/lib/privacy/subjects/resolve-subject");
  return (await resolveSubject({ kind: "external_id", value: uniqueName("matrix-detail") }, "api")).id;
}

function purposeKeyForMatrix(): string {
  return uniqueName("matrix").replace("-", "_");
}

async function createPurposeForMatrix(): Promise<string> {
  const { createPurpose } = await import("@/lib/privacy/consent/create-purpose");
  const purpose = await createPurpose(
    { key: purposeKeyForMatrix(), name: "Matrix purpose", legalBasis: "consent" },
    { principal: null, actor: { type: "system" } },
  );
  return purpose.key;
}

function matrixDetectorBody() {
  return { name: uniqueName("matrix detector"), pattern: "MX-\\d{4}", sample: "MX-1234" };
}

async function createDetectorForMatrix(): Promise<string> {
  const { createDetector } = await import("@/lib/privacy/policies/create-detector");
  return (await createDetector(matrixDetectorBody(), { actor: { type: "system" } })).id;
}

// A tool pattern no server has, so that the matrix's policies mask nothing elsewhere.
function matrixPolicyBody() {
  return { name: uniqueName("matrix policy"), toolPattern: "no-such-server/*", strategy: "partial" as const };
}

async function createMaskingPolicyForMatrix(): Promise<string> {
  const { createMaskingPolicy } = await import("@/lib/privacy/policies/create-masking-policy");
  return (await createMaskingPolicy(matrixPolicyBody(), { actor: { type: "system" } })).id;
}

async function createTokenForMatrix(): Promise<string> {
  const { createMaskingContext } = await import("@/lib/privacy/policies/masking-context");
  const { flushTokenVault } = await import("@/lib/privacy/policies/token-vault");
  const token = createMaskingContext().tokenFor("email", `${uniqueName("matrix")}@example.test`);
  await flushTokenVault();
  return token;
}

/** A finished export (an empty one: nothing has this correlation id), so that it has a manifest. */
async function createCompletedExportForMatrix(): Promise<string> {
  const { startAuditExport } = await import("@/lib/audit/export/start-audit-export");
  const started = await startAuditExport(
    { format: "jsonl", filters: { correlationId: "matrix-no-such-event" } },
    { principal: null, actor: { type: "system" } },
  );
  await new Response(started.body).arrayBuffer();
  return started.exportId;
}

async function createLegalHoldForMatrix(): Promise<string> {
  const { createLegalHold } = await import("@/lib/audit/retention/create-legal-hold");
  const hold = await createLegalHold(
    { reason: "Matrix hold to release", fromTime: "2020-01-01T00:00:00Z" },
    { principal: null, actor: { type: "system" } },
  );
  return hold.id;
}

async function createCustomRole(): Promise<string> {
  const { createRole } = await import("@/lib/roles/create-role");
  const role = await createRole(
    { name: uniqueName("custom").replace("-", "_"), capabilities: ["metrics:read"] },
    { principal: null, actor: { type: "system" } },
  );
  return role.name;
}

type DiscoveredRoute = {
  route: string;
  file: string;
  handlers: Partial<Record<(typeof HTTP_METHODS)[number], RouteHandler>>;
};

async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  return (await importApiRoutes())
    .filter(({ route }) => !EXCLUDED_ROUTES.has(route))
    .map(({ route, file, exports }) => {
      const handlers: DiscoveredRoute["handlers"] = {};
      for (const method of HTTP_METHODS) {
        if (typeof exports[method] === "function") handlers[method] = exports[method] as RouteHandler;
      }
      return { route, file, handlers };
    });
}

const routes = await discoverRoutes();
const operations = routes.flatMap((r) =>
  Object.entries(r.handlers).map(([method, handler]) => ({
    key: `${method} ${r.route}`,
    method,
    route: r.route,
    handler: handler!,
  })),
);

function pathFor(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`The matrix gives no value for [${name}] in ${route}`);
    return encodeURIComponent(params[name]);
  });
}

type Caller = { apiKey?: string; sessionCookie?: string; actorId?: string };
const callers = new Map<Column, Caller>();

beforeAll(async () => {
  await seedRoles();
  callers.set("anonymous", {});
  for (const role of BUILT_IN_ROLE_NAMES) {
    const { key, secret } = await createTestKey([role], { name: `matrix ${role}` });
    callers.set(role, { apiKey: secret, actorId: key.id });
  }
  for (const role of ["admin", "viewer"] as const) {
    const user = await createTestUser([role]);
    callers.set(`${role} (session)`, { sessionCookie: await sessionCookieFor(user.id), actorId: user.id });
  }

  const { refreshServerCatalog } = await import("@/lib/servers/refresh-server-catalog");
  const { db } = await import("@/lib/db");
  const live = await createEverythingServer({ isEnabled: true });
  liveServerId = live.id;
  liveServerSlug = live.slug;
  await refreshServerCatalog(live.id, { actor: { type: "system" } });
  liveToolId = (await db.tool.findFirstOrThrow({ where: { serverId: live.id, name: "echo" } })).id;
});

afterAll(stopGateway);

test("every route and method under app/api is in the matrix, and nothing else is", () => {
  expect(operations.length).toBeGreaterThan(0);
  const onDisk = operations.map((o) => o.key);
  const missing = onDisk.filter((key) => !(key in EXPECTED) || !(key in REQUESTS));
  const stale = Object.keys(EXPECTED).filter((key) => !onDisk.includes(key));
  expect(
    missing,
    `Found on disk but not in the authorization matrix; add it to the matrix in ${path.relative(process.cwd(), import.meta.filename)}`,
  ).toEqual([]);
  expect(stale, "In the matrix but no longer on disk; remove them from the matrix").toEqual([]);
});

/** Refused calls change nothing, so they share one prepared target per row (cheaper to set up). */
const sharedTargets = new Map<string, Promise<Prepared>>();
function prepare(key: string, status: number): Promise<Prepared> {
  if (status !== 401 && status !== 403) return REQUESTS[key]();
  if (!sharedTargets.has(key)) sharedTargets.set(key, REQUESTS[key]());
  return sharedTargets.get(key)!;
}

describe.each(operations.filter((o) => o.key in EXPECTED && o.key in REQUESTS))(
  "$key",
  ({ key, method, route, handler }) => {
    test.each(COLUMNS.map((column, index) => ({ column, status: EXPECTED[key][index] })))(
      "$column -> $status",
      async ({ column, status }) => {
        const { params, body, rawBody, headers } = await prepare(key, status);
        const caller = callers.get(column)!;
        const url = pathFor(route, params);
        const res = await call<ErrorBody>(handler, method, url, {
          apiKey: caller.apiKey,
          sessionCookie: caller.sessionCookie,
          params,
          body,
          rawBody,
          headers,
        });
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        expect(res.headers.get("x-correlation-id")).toBeTruthy();

        if (status === 401) expect(res.body.error.code).toBe("unauthorized");
        if (status === 403) {
          expect(res.body.error.code).toBe("forbidden");
          const denials = await findAuditEvents({
            category: "access",
            action: "authorize",
            result: "denied",
            actorId: caller.actorId,
            correlationId: res.body.error.correlationId,
          });
          expect(denials).toHaveLength(1);
          expect(denials[0].target).toBe(`${method} ${url}`);
        }
      },
    );
  },
);
