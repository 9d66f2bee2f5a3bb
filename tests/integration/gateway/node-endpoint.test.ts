// /api/mcp as scripts/server.mjs serves it in production: a real node:http server handing the
// request to lib/gateway/node-endpoint (ahead of Next's pipeline), the official SDK client over
// real HTTP, and the demo upstream over stdio. Every answer must be the route module's answer:
// same statuses, bodies and headers, the socket peer in the audit trail, progress streamed.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SEED_DEMO = "true";
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
  process.env.MAX_BODY_BYTES = "65536";
});

import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Progress } from "@modelcontextprotocol/sdk/types.js";
import * as mcpRoute from "@/app/api/mcp/route";
import { seedDemo } from "@/lib/bootstrap/seed-demo";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { serveMcpNode } from "@/lib/gateway/node-endpoint/serve-mcp-node";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { lastAuditId } from "../../helpers/audit";
import { PEER_HEADER, serveThroughServer } from "../../helpers/client-address";
import { gatewayCallRows, waitFor, waitForCatalog } from "../../helpers/mcp-gateway";
import { childProcesses } from "../../helpers/upstream-processes";

let server: Server;
let url: string;
let serviceKey: TestKey;
const clients: Client[] = [];

beforeAll(async () => {
  serveThroughServer();
  await seedRoles();
  await seedDemo();
  serviceKey = await createTestKey(["service"]);
  // What scripts/server.mjs does before it hands a request on: the peer header is its own.
  server = createServer((req, res) => {
    delete req.headers[PEER_HEADER];
    if (req.socket.remoteAddress) req.headers[PEER_HEADER] = req.socket.remoteAddress;
    void serveMcpNode(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/mcp`;
  await getGatewayRuntime();
  await waitForCatalog(["everything__echo", "everything__trigger-long-running-operation"]);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await new Promise((resolve) => server.close(resolve));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the demo child to exit" });
});

async function connect(headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: "node-endpoint-test", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { authorization: `Bearer ${serviceKey.secret}`, ...headers } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

describe("the SDK client over HTTP", () => {
  test("initialize, tools/list and tools/call work and the call is audited with the socket peer", async () => {
    const since = await lastAuditId();
    const client = await connect({ "x-forwarded-for": "203.0.113.9" });
    expect(client.getServerVersion()).toMatchObject({ name: "gatehouse" });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("everything__echo");
    const result = await client.callTool({ name: "everything__echo", arguments: { message: "over node" } });
    expect(result.content).toEqual([{ type: "text", text: "Echo: over node" }]);

    const rows = await gatewayCallRows({ sinceId: since, action: "tools/call" });
    // The peer, not what the client claims: TRUSTED_PROXIES is empty here.
    expect(rows.map((r) => [r.tool, r.result, r.ip])).toEqual([["everything/echo", "success", "127.0.0.1"]]);
  });

  test("progress notifications stream through to the caller before the result", async () => {
    const client = await connect();
    const progress: Progress[] = [];
    const result = await client.callTool(
      { name: "everything__trigger-long-running-operation", arguments: { duration: 0.3, steps: 3 } },
      undefined,
      { onprogress: (p) => progress.push(p) },
    );
    expect(JSON.stringify(result.content)).toContain("Long running operation completed");
    expect(progress.slice(0, 2)).toEqual([
      { progress: 1, total: 3 },
      { progress: 2, total: 3 },
    ]);
  });
});

type Raw = { method: string; headers?: Record<string, string>; body?: string };

const MCP_HEADERS = { accept: "application/json, text/event-stream", "content-type": "application/json" };
const echoCall = (message: string) =>
  JSON.stringify({
    jsonrpc: "2.0",
    id: 7,
    method: "tools/call",
    params: { name: "everything__echo", arguments: { message } },
  });

/** The answer over HTTP through the node endpoint. */
async function overNode(
  raw: Raw,
  agent?: Agent,
): Promise<{ status: number; headers: Headers; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: raw.method, headers: raw.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          if (typeof value === "string") headers.set(name, value);
        resolve({ status: res.statusCode!, headers, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end(raw.body);
  });
}

/** The same request answered by the route module's handler in-process. */
async function overRoute(raw: Raw) {
  const handler = { POST: mcpRoute.POST, GET: mcpRoute.GET, DELETE: mcpRoute.DELETE }[raw.method]!;
  const result = await call(handler, raw.method, "/api/mcp", { headers: raw.headers, rawBody: raw.body });
  return { status: result.status, headers: result.headers, body: JSON.stringify(result.body) };
}

/** What must match: status, the body (correlation ids aside) and the headers that carry meaning. */
function comparable(answer: { status: number; headers: Headers; body: string }) {
  const body = answer.body ? (JSON.parse(answer.body) as unknown) : null;
  const text = JSON.stringify(body).replace(/"correlationId":"[^"]+"/g, '"correlationId":"…"');
  const names = [
    "content-type",
    "allow",
    "retry-after",
    "x-content-type-options",
    "x-frame-options",
    "www-authenticate",
  ];
  return {
    status: answer.status,
    body: JSON.parse(text) as unknown,
    headers: Object.fromEntries(names.map((n) => [n, answer.headers.get(n)])),
    hasCorrelationId: /^[\w.:-]+$/.test(answer.headers.get("x-correlation-id") ?? ""),
  };
}

describe("the same answers as the route module", () => {
  const auth = () => ({ ...MCP_HEADERS, authorization: `Bearer ${serviceKey.secret}` });
  const cases: [string, () => Raw][] = [
    ["no key: 401", () => ({ method: "POST", headers: MCP_HEADERS, body: echoCall("x") })],
    [
      "a bad key: 401",
      () => ({
        method: "POST",
        headers: { ...MCP_HEADERS, authorization: "Bearer gh_nope" },
        body: echoCall("x"),
      }),
    ],
    ["bad JSON: -32700", () => ({ method: "POST", headers: auth(), body: "{not json" })],
    ["a batch: -32600", () => ({ method: "POST", headers: auth(), body: `[${echoCall("x")}]` })],
    ["GET: 405", () => ({ method: "GET", headers: { ...auth(), accept: "text/event-stream" } })],
    ["DELETE: 405", () => ({ method: "DELETE", headers: auth() })],
    [
      "a foreign Origin: 403",
      () => ({ method: "POST", headers: { ...auth(), origin: "https://evil.example" }, body: echoCall("x") }),
    ],
    [
      "tools/call without a session: the echo",
      () => ({ method: "POST", headers: auth(), body: echoCall("same") }),
    ],
    [
      "a body over MAX_BODY_BYTES: 413",
      () => ({ method: "POST", headers: auth(), body: echoCall("y".repeat(70_000)) }),
    ],
  ];
  test.each(cases)("%s", async (_name, build) => {
    const node = comparable(await overNode(build()));
    const route = comparable(await overRoute(build()));
    expect(node).toEqual(route);
    expect(node.hasCorrelationId).toBe(true);
  });

  test("after an oversized body sent in chunks, the keep-alive connection still answers", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = await overNode(
        {
          method: "POST",
          headers: { ...auth(), "transfer-encoding": "chunked" },
          body: echoCall("z".repeat(200_000)),
        },
        agent,
      );
      expect(big.status).toBe(413);
      const next = await overNode({ method: "POST", headers: auth(), body: echoCall("after") }, agent);
      expect(next.status).toBe(200);
      expect(next.body).toContain("Echo: after");
    } finally {
      agent.destroy();
    }
  });
});
