// The official MCP SDK client talking to the governed endpoint's route handlers in-process: its
// transport's fetch turns each request into a NextRequest for app/api/mcp/route.ts, so no HTTP
// server runs, while everything behind the route (auth, limits, runtime, real upstreams) is real.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { NextRequest } from "next/server";
import * as mcpRoute from "@/app/api/mcp/route";
import { db } from "@/lib/db";
import { readableAuditRows } from "./audit";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { createServer } from "@/lib/servers/create-server";
import type { CreateServerInput } from "@/lib/servers/schemas";
import type { ServerView } from "@/lib/servers/server-view";
import { BASE_URL, call, type RequestOptions } from "./http";

export const MCP_PATH = "/api/mcp";

/** fetch for the SDK transport: answered by the route module, never by the network. */
export const gatewayFetch: FetchLike = async (url, init) => {
  // Next's RequestInit takes no null signal; the SDK may pass one.
  const req = new NextRequest(url, { ...init, signal: init?.signal ?? undefined });
  const handler = { POST: mcpRoute.POST, GET: mcpRoute.GET, DELETE: mcpRoute.DELETE }[req.method];
  if (!handler) return new Response(null, { status: 405, headers: { Allow: "POST" } });
  return handler(req);
};

export type GatewayClientOptions = {
  name?: string;
  protocolVersion?: string;
  /** Sent with every request, e.g. X-Gatehouse-Subject */
  headers?: Record<string, string>;
};

/** An initialized SDK client for the gateway, authenticated with the given API key. */
export async function connectGateway(apiKey: string, options: GatewayClientOptions = {}): Promise<Client> {
  const client = new Client({ name: options.name ?? "gateway-test", version: "1.0.0" }, { capabilities: {} });
  const transport = new StreamableHTTPClientTransport(new URL(MCP_PATH, BASE_URL), {
    fetch: gatewayFetch,
    requestInit: { headers: { ...options.headers, Authorization: `Bearer ${apiKey}` } },
  });
  await client.connect(transport);
  return client;
}

/** The JSON-RPC error a promise rejected with (fails the test if it resolved or threw something else). */
export async function rpcError(promise: Promise<unknown>): Promise<McpError> {
  const error = await promise.then(
    (value) => new Error(`expected a JSON-RPC error, got ${JSON.stringify(value).slice(0, 300)}`),
    (reason: unknown) => reason,
  );
  if (!(error instanceof McpError)) throw error;
  return error;
}

/** One raw POST to /api/mcp, for what the SDK client would never send. */
export function postMcp<T = JsonRpcErrorBody>(options: RequestOptions) {
  return call<T>(mcpRoute.POST, "POST", MCP_PATH, {
    ...options,
    headers: {
      accept: "application/json, text/event-stream",
      "content-type": "application/json",
      ...options.headers,
    },
  });
}

export type JsonRpcErrorBody = {
  jsonrpc: "2.0";
  id: string | number | null;
  error: { code: number; message: string; data?: unknown };
};

/** The gateway's audit rows for calls (tools/call, prompts/get, resources/read), oldest first. */
export async function gatewayCallRows(
  where: { tool?: string; action?: string; sinceId?: number; actorId?: string } = {},
) {
  const { sinceId, ...rest } = where;
  const rows = await db.auditEvent.findMany({
    where: { category: "gateway", ...rest, ...(sinceId !== undefined ? { id: { gt: sinceId } } : {}) },
    orderBy: { id: "asc" },
  });
  // details is a Json column; recordGatewayCall and listPermittedTools write these fields.
  return (await readableAuditRows(rows)).map((row) => ({
    ...row,
    details: (row.details ?? {}) as GatewayCallDetails,
  }));
}

export type GatewayCallDetails = {
  outcome?: string;
  upstreamMs?: number;
  error?: string;
  reason?: string;
  listed?: number;
  withheldCount?: number;
  withheld?: string[];
};

/**
 * Waits until the gateway's in-memory catalog exposes (or no longer exposes) the given tool
 * names: discovery runs in the background after an upstream connects.
 */
export async function waitForCatalog(
  names: string[],
  options: { present?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  const present = options.present ?? true;
  await waitFor(
    async () => {
      const { catalog } = await getGatewayRuntime();
      return names.every((name) => catalog.tools.has(name) === present);
    },
    { timeoutMs: options.timeoutMs, what: `tools ${names.join(", ")} to be ${present ? "listed" : "gone"}` },
  );
}

/** Polls a condition every 25 ms until it holds or the deadline passes (then fails). */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what ?? "a condition"}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Registers an upstream as the REST API would (lib/servers/create-server), lists its tools now
 * and waits until the gateway exposes them.
 */
export async function registerUpstream(input: CreateServerInput): Promise<ServerView> {
  const server = await createServer(input, { actor: { type: "system" } });
  const runtime = await getGatewayRuntime();
  const summary = await runtime.refreshServer(server.id);
  await waitFor(
    async () =>
      [...(await getGatewayRuntime()).catalog.tools.values()].filter((t) => t.serverId === server.id)
        .length >= summary.added,
    {
      what: `the tools of ${server.slug}`,
    },
  );
  return server;
}

/** The text of a tool result's first content item. */
export function textOf(result: object): string {
  const content: unknown = "content" in result ? result.content : undefined;
  const first: unknown = Array.isArray(content) ? content[0] : undefined;
  if (first && typeof first === "object" && "text" in first && typeof first.text === "string")
    return first.text;
  throw new Error(`not a text result: ${JSON.stringify(result)}`);
}
