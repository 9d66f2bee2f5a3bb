// The hot path (lib/gateway/answer-tool-call-json.ts) answers a plain tools/call without the SDK's
// Server and transport. Here each call goes through both: the direct path, and a per-request SDK
// server behind its web-standard transport exactly as the endpoint builds it for everything else.
// Same status, headers and body, and the same audit event, for every outcome a call can have;
// and any request the SDK would refuse or stream is left to the SDK.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  McpError,
  RELATED_TASK_META_KEY,
} from "@modelcontextprotocol/sdk/types.js";
import { authenticateApiKey } from "@/lib/auth/authenticate-api-key";
import { createRole } from "@/lib/roles/create-role";
import { answerToolCallJson, plainToolCall } from "@/lib/gateway/answer-tool-call-json";
import { createGovernedServer } from "@/lib/gateway/create-governed-server";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import type { GatewayRequestBase } from "@/lib/gateway/with-request-context";
import { lastAuditId } from "../../helpers/audit";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { gatewayCallRows, postMcp, registerUpstream } from "../../helpers/mcp-gateway";
import { statelessMcpUpstream } from "../../helpers/stateless-mcp-upstream";

const HEADERS = { accept: "application/json, text/event-stream", "content-type": "application/json" };

/** A small upstream with one tool per way a call can end. */
function parityServer(): Server {
  return statelessMcpUpstream("parity", (server) => {
    server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        {
          name: "echo",
          inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
        },
        { name: "fails", inputSchema: { type: "object" } },
        { name: "throws", inputSchema: { type: "object" } },
        { name: "structured", inputSchema: { type: "object" } },
        { name: "secret", inputSchema: { type: "object" } },
      ],
    }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      if (name === "echo") return { content: [{ type: "text", text: `echo: ${String(args?.text)}` }] };
      if (name === "fails") return { content: [{ type: "text", text: "it broke" }], isError: true };
      if (name === "throws") throw new McpError(-32099, "kaput", { detail: "upstream said no" });
      if (name === "structured")
        return {
          content: [{ type: "text", text: '{"n":1}' }],
          structuredContent: { n: 1 },
          _meta: { upstream: "kept" },
          extraField: "as the upstream sent it",
        };
      return { content: [{ type: "text", text: "the secret" }] };
    });
  });
}

let upstream: Server;
let key: TestKey;
let base: GatewayRequestBase;

beforeAll(async () => {
  upstream = parityServer();
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  await seedRoles();
  await createRole(
    {
      name: "parity_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [
        { pattern: "parity/*", effect: "allow" },
        { pattern: "parity/secret", effect: "deny" },
      ],
    },
    { principal: null, actor: { type: "system" } },
  );
  key = await createTestKey(["parity_agent"]);
  await registerUpstream({
    slug: "parity",
    name: "Parity upstream",
    transport: "streamable_http",
    url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mcp`,
  });
  const authenticated = await authenticateApiKey(key.secret);
  if (!authenticated.ok) throw new Error(`the test key did not authenticate: ${authenticated.reason}`);
  base = {
    principal: authenticated.principal,
    meta: { ip: "198.51.100.7", userAgent: "parity-test", correlationId: "parity" },
    runtime: await getGatewayRuntime(),
    subjectClaim: null,
  };
});

afterAll(async () => {
  await (await getGatewayRuntime()).shutdown();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

type Message = { jsonrpc: "2.0"; id: string | number; method: "tools/call"; params: Record<string, unknown> };

/** The SDK path as lib/gateway/handle-mcp-post.ts builds it for a request without progress. */
async function sdkAnswer(message: Message): Promise<Response> {
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  const server = createGovernedServer(base);
  await server.connect(transport);
  const req = new Request("http://localhost/api/mcp", {
    method: "POST",
    headers: HEADERS,
    body: JSON.stringify(message),
  });
  const response = await transport.handleRequest(req, { parsedBody: message });
  await server.close();
  return response;
}

async function directAnswer(message: Message): Promise<Response> {
  const call = plainToolCall(new Headers(HEADERS), message);
  if (!call) throw new Error(`the direct path refused ${JSON.stringify(message)}`);
  return answerToolCallJson(base, call);
}

/** What a client sees, and what the audit trail keeps, of one answer. */
async function observed(answer: (message: Message) => Promise<Response>, message: Message) {
  const since = await lastAuditId();
  const response = await answer(message);
  const rows = await gatewayCallRows({ sinceId: since });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.text(),
    audit: rows.map((row) => ({
      action: row.action,
      result: row.result,
      target: row.target,
      serverId: row.serverId,
      ip: row.ip,
      outcome: row.details.outcome,
      error: row.details.error,
      reason: row.details.reason,
    })),
  };
}

const CASES: [string, Record<string, unknown>, string][] = [
  ["a successful call", { name: "parity__echo", arguments: { text: "hi" } }, "success"],
  ["a call with _meta", { name: "parity__echo", arguments: { text: "hi" }, _meta: { note: "x" } }, "success"],
  ["a result with structured content and extra fields", { name: "parity__structured" }, "success"],
  ["a tool that reports isError", { name: "parity__fails" }, "upstream_error"],
  ["an upstream that throws", { name: "parity__throws" }, "upstream_error"],
  ["arguments the schema refuses", { name: "parity__echo", arguments: { text: 5 } }, "invalid"],
  ["a tool the key may not use", { name: "parity__secret" }, "denied"],
  ["a tool nobody has", { name: "parity__nothing" }, "not_found"],
];

describe("the direct JSON path answers a plain tools/call as the SDK path does", () => {
  test.each(CASES)("%s", async (_what, params, outcome) => {
    for (const id of [7, "req-7"]) {
      const message: Message = { jsonrpc: "2.0", id, method: "tools/call", params };
      const viaSdk = await observed(sdkAnswer, message);
      const direct = await observed(directAnswer, message);
      expect(direct).toEqual(viaSdk);
      expect(direct.status).toBe(200);
      expect(direct.audit).toHaveLength(1);
      expect(direct.audit[0].outcome).toBe(outcome);
      expect(JSON.parse(direct.body).id).toBe(id);
    }
  });
});

describe("anything else is left to the SDK", () => {
  const plain = { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "parity__echo" } };
  const headers = (extra: Record<string, string> = {}) => new Headers({ ...HEADERS, ...extra });

  test("a plain call is taken, with or without a known protocol version header", () => {
    expect(plainToolCall(headers(), plain)).toEqual({ id: 1, params: { name: "parity__echo" } });
    expect(plainToolCall(headers({ "mcp-protocol-version": "2025-06-18" }), plain)).not.toBeNull();
    expect(
      plainToolCall(headers({ "content-type": "application/json; charset=utf-8" }), plain),
    ).not.toBeNull();
  });

  test.each([
    ["progress", { ...plain, params: { name: "parity__echo", _meta: { progressToken: 1 } } }],
    ["a task", { ...plain, params: { name: "parity__echo", task: { ttl: 1000 } } }],
    [
      "a related task",
      { ...plain, params: { name: "parity__echo", _meta: { [RELATED_TASK_META_KEY]: { taskId: "t" } } } },
    ],
    ["another method", { ...plain, method: "tools/list", params: {} }],
    ["a key JSON-RPC does not have", { ...plain, extra: true }],
    ["a fractional id", { ...plain, id: 1.5 }],
    ["an object id", { ...plain, id: { n: 1 } }],
    ["no name", { ...plain, params: {} }],
    ["arguments that are a list", { ...plain, params: { name: "parity__echo", arguments: [1] } }],
  ])("a message with %s", (_what, message) => {
    expect(plainToolCall(headers(), message)).toBeNull();
  });

  test.each([
    ["an Accept without SSE", { accept: "application/json" }],
    ["a form Content-Type", { "content-type": "application/x-www-form-urlencoded" }],
    ["an unknown protocol version", { "mcp-protocol-version": "1999-01-01" }],
  ])("a request with %s", (_what, extra) => {
    expect(plainToolCall(headers(extra), plain)).toBeNull();
  });

  // Through the endpoint, so that the refusals are the SDK transport's own.
  test.each([
    [
      { accept: "application/json" },
      406,
      "Not Acceptable: Client must accept both application/json and text/event-stream",
    ],
    [{ "content-type": "text/plain" }, 415, "Unsupported Media Type: Content-Type must be application/json"],
    [{ "mcp-protocol-version": "1999-01-01" }, 400, "Bad Request: Unsupported protocol version: 1999-01-01"],
  ])("the endpoint refuses %j with %i as the SDK does", async (extra, status, text) => {
    const response = await postMcp({
      apiKey: key.secret,
      headers: extra,
      body: { ...plain, params: { name: "parity__echo", arguments: { text: "x" } } },
    });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(-32000);
    expect(response.body.error.message).toContain(text);
  });
});
