// OpenTelemetry on: a governed call through a real HTTP upstream reaches an OTLP/HTTP receiver
// started here as a server span with the client's trace id and a child upstream span; the
// upstream gets the traceparent as a header and in the request's _meta; mcp.tool.* metrics arrive.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// env is read once at import, so the receiver's port is fixed before anything listens. It is
// drawn below Linux's ephemeral range (32768-60999): a port in it can be taken by any outgoing
// connection of the parallel test files, which made the listen fail with EADDRINUSE once in CI.
const OTLP_PORT = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
  process.env.OTEL_METRIC_EXPORT_INTERVAL = "500";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
  return port;
});

import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { startTelemetry, stopTelemetry } from "@/lib/telemetry/telemetry";
import { createTestKey, seedRoles, type TestKey } from "../helpers/fixtures";
import { postMcp, registerUpstream } from "../helpers/mcp-gateway";
import { statelessMcpUpstream } from "../helpers/stateless-mcp-upstream";

type Seen = { header: string | undefined; meta: unknown };
const seenUpstream: Seen[] = [];
const otlpBodies: { path: string; body: string }[] = [];
const servers: Server[] = [];
let key: TestKey;

async function listen(server: Server, port = 0): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

/** A small MCP server over stateless streamable HTTP whose one tool remembers the trace it was sent. */
function tracingUpstream(): Server {
  return statelessMcpUpstream("trace-upstream", (server, req) => {
    server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        { name: "trace", description: "Says which trace it was called in.", inputSchema: { type: "object" } },
      ],
    }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
      seenUpstream.push({
        header: req.headers.traceparent as string | undefined,
        meta: request.params._meta,
      });
      return { content: [{ type: "text", text: "traced" }] };
    });
  });
}

beforeAll(async () => {
  await listen(
    createServer(async (req, res) => {
      otlpBodies.push({ path: req.url ?? "", body: await readBody(req) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }),
    OTLP_PORT,
  );
  await startTelemetry();
  const upstreamPort = await listen(tracingUpstream());
  await seedRoles();
  await createRole(
    {
      name: "otel_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [{ pattern: "traced/*", effect: "allow" }],
    },
    { principal: null, actor: { type: "system" } },
  );
  key = await createTestKey(["otel_agent"]);
  await registerUpstream({
    slug: "traced",
    name: "Traced upstream",
    transport: "streamable_http",
    url: `http://127.0.0.1:${upstreamPort}/mcp`,
  });
});

afterAll(async () => {
  await (await getGatewayRuntime()).shutdown();
  await stopTelemetry();
  for (const server of servers) server.close();
});

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const CLIENT_SPAN = "00f067aa0ba902b7";

type OtlpSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
};

function spansReceived(): OtlpSpan[] {
  return otlpBodies
    .filter((b) => b.path === "/v1/traces")
    .flatMap((b) => {
      const body = JSON.parse(b.body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
      return body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    });
}

describe("OpenTelemetry", () => {
  test("the client's trace id reaches the receiver's spans and the upstream, as a header and in _meta", async () => {
    const res = await postMcp({
      apiKey: key.secret,
      headers: { traceparent: `00-${TRACE_ID}-${CLIENT_SPAN}-01` },
      body: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "traced__trace", arguments: {} } },
    });
    expect(res.status).toBe(200);
    expect(seenUpstream).toHaveLength(1);
    const [seen] = seenUpstream;
    expect(seen.header).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
    expect(seen.meta).toMatchObject({ traceparent: seen.header });

    await stopTelemetry(); // flushes the batch of spans and the last metrics
    const spans = spansReceived().filter((s) => s.traceId === TRACE_ID);
    const call = spans.find((s) => s.name === "mcp tools/call traced/trace");
    const upstream = spans.find((s) => s.name === "upstream traced");
    expect(call, JSON.stringify(spansReceived().map((s) => s.name))).toBeDefined();
    expect(call!.parentSpanId).toBe(CLIENT_SPAN);
    expect(upstream!.parentSpanId).toBe(call!.spanId);
    expect(seen.header).toContain(upstream!.spanId);
    const attributes = Object.fromEntries(call!.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
    expect(attributes).toMatchObject({
      "gatehouse.server": "traced",
      "gatehouse.tool": "trace",
      "gatehouse.outcome": "success",
    });
    expect(attributes["gatehouse.correlation_id"]).toEqual(expect.any(String));

    const metricNames = otlpBodies.filter((b) => b.path === "/v1/metrics").map((b) => b.body);
    expect(metricNames.join("\n")).toContain("mcp.tool.calls");
    expect(metricNames.join("\n")).toContain("mcp.tool.duration");
  });
});
