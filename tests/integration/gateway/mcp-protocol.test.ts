// The governed MCP endpoint as an agent sees it, with the official SDK client and the demo
// upstream (server-everything over stdio, seeded as a first start would): the protocol methods,
// progress, grants (absent from tools/list, -32003 on call, deny beats allow), and every bad
// request: malformed JSON or JSON-RPC, unknown method or tool, oversize body, bad keys, 405, 429.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // lib/env.ts reads these once, when first imported. The demo seed is what this file is about;
  // the limits are raised because the tests share keys and call more than 10 times in 10 s.
  process.env.SEED_DEMO = "true";
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode, LATEST_PROTOCOL_VERSION, type Progress } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import * as keyById from "@/app/api/v1/keys/[id]/route";
import * as mcpRoute from "@/app/api/mcp/route";
import { db } from "@/lib/db";
import { seedDemo, DEMO_SLUG } from "@/lib/bootstrap/seed-demo";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { call, type ErrorBody } from "../../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
} from "../../helpers/fixtures";
import { lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  postMcp,
  rpcError,
  waitForCatalog,
  waitFor,
} from "../../helpers/mcp-gateway";
import { childProcesses } from "../../helpers/upstream-processes";

const system = { principal: null, actor: { type: "system" as const } };

let serviceKey: TestKey;
let adminKey: TestKey;
let service: Client;
let demoServerId: string;
const clients: Client[] = [];

async function connect(apiKey: string): Promise<Client> {
  const client = await connectGateway(apiKey);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  await seedRoles();
  expect(await seedDemo()).toBe(true);
  demoServerId = (await db.upstreamServer.findUniqueOrThrow({ where: { slug: DEMO_SLUG } })).id;
  [serviceKey, adminKey] = await Promise.all([createTestKey(["service"]), createTestKey(["admin"])]);
  // The first request loads the gateway, which starts the demo child and discovers its tools.
  service = await connect(serviceKey.secret);
  await waitForCatalog([
    "everything__echo",
    "everything__get-env",
    "everything__trigger-long-running-operation",
  ]);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the demo child to exit" });
});

describe("the demo upstream through the gateway", () => {
  test("initialize names the gateway and the protocol; tools/list and tools/call echo work, audited as success", async () => {
    expect(service.getServerVersion()).toMatchObject({ name: "gatehouse" });
    expect(service.getServerCapabilities()).toMatchObject({ tools: {}, prompts: {}, resources: {} });

    const { tools } = await service.listTools();
    const echo = tools.find((tool) => tool.name === "everything__echo");
    expect(echo).toMatchObject({
      description: "Echoes back the input string",
      inputSchema: { type: "object", properties: { message: { type: "string" } } },
    });
    expect(tools.every((tool) => tool.name.startsWith("everything__"))).toBe(true);

    const since = await lastAuditId();
    const result = await service.callTool({
      name: "everything__echo",
      arguments: { message: "hello gateway" },
    });
    expect(result).toEqual({ content: [{ type: "text", text: "Echo: hello gateway" }] });

    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "tools/call",
      result: "success",
      actorType: "api_key",
      actorId: serviceKey.key.id,
      tool: "everything/echo",
      serverId: demoServerId,
      durationMs: expect.any(Number),
      details: { outcome: "success", upstreamMs: expect.any(Number) },
      arguments: { message: "hello gateway" },
    });
    // tools/list withheld nothing from this key, so it wrote no audit row.
    expect(await gatewayCallRows({ action: "tools/list", actorId: serviceKey.key.id })).toEqual([]);
  });

  test("initialize negotiates protocol 2025-06-18 and the latest one", async () => {
    for (const protocolVersion of ["2025-06-18", LATEST_PROTOCOL_VERSION]) {
      const res = await postMcp({
        apiKey: serviceKey.secret,
        body: {
          jsonrpc: "2.0",
          id: 1,
          method: "initialize",
          params: { protocolVersion, capabilities: {}, clientInfo: { name: "raw", version: "1" } },
        },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        jsonrpc: "2.0",
        id: 1,
        result: { protocolVersion, serverInfo: { name: "gatehouse" } },
      });
    }
  });

  test("ping answers", async () => {
    await expect(service.ping()).resolves.toEqual({});
  });

  test("prompts/list and prompts/get, audited", async () => {
    const { prompts } = await service.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(
      expect.arrayContaining(["everything__simple-prompt", "everything__args-prompt"]),
    );

    const since = await lastAuditId();
    const prompt = await service.getPrompt({
      name: "everything__args-prompt",
      arguments: { city: "Lisbon" },
    });
    expect(JSON.stringify(prompt.messages)).toContain("Lisbon");
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      action: "prompts/get",
      result: "success",
      tool: "everything/prompt:args-prompt",
      serverId: demoServerId,
      details: { outcome: "success" },
      arguments: { city: "Lisbon" },
    });
  });

  test("resources/list, resources/templates/list and resources/read (static and templated), audited", async () => {
    const { resources } = await service.listResources();
    const uri = "demo://resource/static/document/architecture.md";
    expect(resources.map((r) => r.uri)).toContain(uri);
    const { resourceTemplates } = await service.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain(
      "demo://resource/dynamic/text/{resourceId}",
    );

    const since = await lastAuditId();
    const read = await service.readResource({ uri });
    expect(read.contents[0]).toMatchObject({ uri, mimeType: "text/markdown", text: expect.any(String) });
    const dynamic = await service.readResource({ uri: "demo://resource/dynamic/text/7" });
    expect(dynamic.contents[0]).toMatchObject({
      uri: "demo://resource/dynamic/text/7",
      text: expect.stringContaining("7"),
    });

    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows.map((r) => [r.action, r.result, r.tool, r.details.outcome])).toEqual([
      ["resources/read", "success", `everything/resource:${uri}`, "success"],
      ["resources/read", "success", "everything/resource:demo://resource/dynamic/text/7", "success"],
    ]);
  });

  test("progress notifications from the upstream reach the caller", async () => {
    const progress: Progress[] = [];
    const result = await service.callTool(
      { name: "everything__trigger-long-running-operation", arguments: { duration: 0.3, steps: 3 } },
      undefined,
      { onprogress: (p) => progress.push(p) },
    );
    expect(JSON.stringify(result.content)).toContain("Long running operation completed");
    // At least 2 of the 3: the SDK client handles a notification a microtask later than a response,
    // so the last one, arriving together with the result, can be dropped by either client.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.slice(0, 2)).toEqual([
      { progress: 1, total: 3 },
      { progress: 2, total: 3 },
    ]);
  });
});

describe("grants", () => {
  test("without a grant a tool is absent from tools/list and a call is -32003; both audited as denied", async () => {
    // operator may connect (mcp:connect) but holds no tool grant.
    const { key, secret } = await createTestKey(["operator"]);
    const client = await connect(secret);
    const since = await lastAuditId();

    expect((await client.listTools()).tools).toEqual([]);
    const error = await rpcError(client.callTool({ name: "everything__echo", arguments: { message: "x" } }));
    expect(error.code).toBe(-32003);
    expect(error.message).toContain("everything__echo is not permitted for this API key");

    const rows = await gatewayCallRows({ sinceId: since, actorId: key.id });
    expect(rows.map((r) => [r.action, r.result, r.details.outcome ?? null])).toEqual([
      ["tools/list", "denied", null],
      ["tools/call", "denied", "denied"],
    ]);
    expect(rows[0].details.withheld).toContain("everything/echo");
    expect(rows[0].details).toMatchObject({
      listed: 0,
      withheldCount: (await getGatewayRuntime()).catalog.tools.size,
    });
    expect(rows[1]).toMatchObject({
      tool: "everything/echo",
      serverId: demoServerId,
      details: { reason: expect.stringContaining("no grant") },
    });
  });

  test("a deny pattern beats an allow that also matches", async () => {
    const role = uniqueName("agent").replace("-", "_");
    await createRole(
      {
        name: role,
        capabilities: ["mcp:connect"],
        toolGrants: [
          { pattern: "everything/*", effect: "allow" },
          { pattern: "everything/get-*", effect: "deny" },
        ],
      },
      system,
    );
    const { key, secret } = await createTestKey([role]);
    const client = await connect(secret);

    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain("everything__echo");
    expect(names.filter((n) => n.startsWith("everything__get-"))).toEqual([]);

    const since = await lastAuditId();
    expect((await rpcError(client.callTool({ name: "everything__get-env", arguments: {} }))).code).toBe(
      -32003,
    );
    await expect(
      client.callTool({ name: "everything__echo", arguments: { message: "allowed" } }),
    ).resolves.toMatchObject({ content: [{ text: "Echo: allowed" }] });
    const rows = await gatewayCallRows({ sinceId: since, actorId: key.id, action: "tools/call" });
    expect(rows.map((r) => [r.tool, r.details.outcome])).toEqual([
      ["everything/get-env", "denied"],
      ["everything/echo", "success"],
    ]);
    expect(rows[0].details.reason).toContain("deny everything/get-*");
  });
});

describe("bad requests", () => {
  test("a body that is not JSON: HTTP 400, -32700", async () => {
    const res = await postMcp({ apiKey: serviceKey.secret, rawBody: '{"jsonrpc":"2.0","id":1,"method":' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      jsonrpc: "2.0",
      id: null,
      error: { code: ErrorCode.ParseError, message: expect.stringContaining("Parse error") },
    });
  });

  test.each([
    ["wrong version", { jsonrpc: "1.0", id: 3, method: "tools/list" }, 3],
    ["no method", { jsonrpc: "2.0", id: 4 }, 4],
    ["a batch", [{ jsonrpc: "2.0", id: 5, method: "tools/list" }], null],
    ["a bare string", "tools/list", null],
  ])("not a JSON-RPC 2.0 message (%s): HTTP 400, -32600", async (_label, body, id) => {
    const res = await postMcp({ apiKey: serviceKey.secret, body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      jsonrpc: "2.0",
      id,
      error: { code: ErrorCode.InvalidRequest, message: expect.stringContaining("Invalid Request") },
    });
  });

  test("an unknown method: -32601", async () => {
    const error = await rpcError(service.request({ method: "tools/destroy", params: {} }, z.object({})));
    expect(error.code).toBe(ErrorCode.MethodNotFound);
  });

  test("an unknown tool: -32602, audited as not_found", async () => {
    const since = await lastAuditId();
    for (const name of ["everything__no-such-tool", "nowhere__echo"]) {
      const error = await rpcError(service.callTool({ name, arguments: {} }));
      expect(error.code).toBe(ErrorCode.InvalidParams);
      expect(error.message).toContain(`Unknown tool: ${name}`);
    }
    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows.map((r) => [r.tool, r.result, r.details.outcome, r.serverId])).toEqual([
      ["everything__no-such-tool", "failure", "not_found", null],
      ["nowhere__echo", "failure", "not_found", null],
    ]);
  });

  test("an unknown prompt or resource: -32602", async () => {
    expect((await rpcError(service.getPrompt({ name: "everything__no-such-prompt" }))).code).toBe(
      ErrorCode.InvalidParams,
    );
    expect((await rpcError(service.readResource({ uri: "demo://nothing/here" }))).code).toBe(
      ErrorCode.InvalidParams,
    );
  });

  test("a body over 1 MiB: 413 with the error envelope, streamed or declared", async () => {
    const big = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "everything__echo", arguments: { message: "x".repeat(1024 * 1024) } },
    });
    const streamed = await postMcp<ErrorBody>({ apiKey: serviceKey.secret, rawBody: big });
    expect(streamed.status).toBe(413);
    expect(streamed.body.error).toMatchObject({
      code: "payload_too_large",
      details: { maxBytes: 1024 * 1024 },
    });
    const declared = await postMcp({
      apiKey: serviceKey.secret,
      rawBody: "{}",
      headers: { "content-length": String(2 * 1024 * 1024) },
    });
    expect(declared.status).toBe(413);
  });

  test("no key: 401 with a Bearer challenge; a signed-in user without a key: 401", async () => {
    const res = await postMcp<ErrorBody>({ body: { jsonrpc: "2.0", id: 1, method: "tools/list" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="gatehouse"');
    expect(res.body.error.code).toBe("unauthorized");

    const admin = await createTestUser(["admin"]);
    const withCookie = await postMcp<ErrorBody>({
      sessionCookie: await sessionCookieFor(admin.id),
      body: { jsonrpc: "2.0", id: 1, method: "tools/list" },
    });
    expect(withCookie.status).toBe(401);
    expect(withCookie.body.error.message).toContain("takes an API key");
  });

  test("unknown, malformed, expired and revoked keys: 401 with the reason", async () => {
    const ping = { jsonrpc: "2.0", id: 1, method: "ping" };
    const unknown = await postMcp<ErrorBody>({ apiKey: `ghk_000000000000_${"A".repeat(43)}`, body: ping });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.details).toEqual({ reason: "unknown" });
    const malformed = await postMcp<ErrorBody>({ apiKey: "not-a-key", body: ping });
    expect(malformed.body.error.details).toEqual({ reason: "malformed" });

    const expiring = await createTestKey(["service"]);
    await db.apiKey.update({
      where: { id: expiring.key.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await postMcp<ErrorBody>({ apiKey: expiring.secret, body: ping });
    expect(expired.status).toBe(401);
    expect(expired.body.error.details).toEqual({ reason: "expired" });

    // Revoked while a client is connected (its key cached): the next call is refused.
    const revoking = await createTestKey(["service"]);
    const client = await connect(revoking.secret);
    await client.callTool({ name: "everything__echo", arguments: { message: "before" } });
    const revoke = await call(keyById.DELETE, "DELETE", `/api/v1/keys/${revoking.key.id}`, {
      apiKey: adminKey.secret,
      params: { id: revoking.key.id },
    });
    expect(revoke.status).toBe(200);
    const revoked = await postMcp<ErrorBody>({ apiKey: revoking.secret, body: ping });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.details).toEqual({ reason: "revoked" });
  });

  test("a key without mcp:connect: 403", async () => {
    const viewer = await createTestKey(["viewer"]);
    const res = await postMcp<ErrorBody>({
      apiKey: viewer.secret,
      body: { jsonrpc: "2.0", id: 1, method: "tools/list" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: "forbidden", details: { capability: "mcp:connect" } });
  });

  test("GET and DELETE: 405 with Allow: POST", async () => {
    for (const method of ["GET", "DELETE"] as const) {
      const res = await call(mcpRoute[method], method, "/api/mcp", { apiKey: serviceKey.secret });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
    }
  });
});

describe("rate limits", () => {
  test("over the key's own limit: HTTP 429 with Retry-After and X-RateLimit-*, -32029, audited as rate_limited", async () => {
    const limited = await createTestKey(["service"]);
    const patched = await call(keyById.PATCH, "PATCH", `/api/v1/keys/${limited.key.id}`, {
      apiKey: adminKey.secret,
      params: { id: limited.key.id },
      body: { rateLimitPerMinute: 2 },
    });
    expect(patched.status).toBe(200);
    const echo = (id: number) =>
      postMcp({
        apiKey: limited.secret,
        body: {
          jsonrpc: "2.0",
          id,
          method: "tools/call",
          params: { name: "everything__echo", arguments: { message: `m${id}` } },
        },
      });
    const first = await echo(1);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-limit")).toBe("2");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await echo(2)).status).toBe(200);

    const since = await lastAuditId();
    const refused = await echo(3);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("x-ratelimit-limit")).toBe("2");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({
      jsonrpc: "2.0",
      id: 3,
      error: { code: -32029, data: { retryAfterSeconds: retryAfter } },
    });

    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "tools/call",
      result: "denied",
      actorId: limited.key.id,
      correlationId: refused.headers.get("x-correlation-id"),
      details: { outcome: "rate_limited" },
    });
    // Named like every other row about this tool, so that a search by tool or server finds it.
    expect.soft(rows[0]).toMatchObject({ tool: "everything/echo", serverId: demoServerId });
    // Listing is not a governed call: it is not limited.
    expect(
      (await postMcp({ apiKey: limited.secret, body: { jsonrpc: "2.0", id: 4, method: "tools/list" } }))
        .status,
    ).toBe(200);
  });
});
