import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { DELETE, GET, POST } from "@/lib/gateway/mcp-endpoint";
import { readNodeBody } from "@/lib/gateway/node-endpoint/read-node-body";
import { writeNodeResponse } from "@/lib/gateway/node-endpoint/write-node-response";

// Next's request pipeline costs about 1 ms of CPU per request before a route handler runs
// (routing, manifests, tracing, request adapters); for the gateway that is as much as the proxy
// hop itself. scripts/server.mjs therefore hands /api/mcp straight to the endpoint's handlers,
// the same withAuth-wrapped functions the route module exports, through this adapter.

const HANDLERS: Record<string, (req: NextRequest) => Promise<Response>> = { POST, GET, DELETE };

/** The methods this adapter answers; scripts/server.mjs leaves any other to Next. */
export const MCP_NODE_METHODS = Object.keys(HANDLERS);

/** Answers one /api/mcp request from node:http with the endpoint's own handlers. */
export async function serveMcpNode(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const handler = HANDLERS[req.method ?? ""];
  // A client that goes away ends a streamed answer (writeNodeResponse). The request itself gets no
  // signal: nothing on this path reads one (cancellation arrives as notifications/cancelled), and
  // undici ties a request's signal to a FinalizationRegistry entry that outlived the call until
  // finalizers ran: about 0.8 KB per call in bench/gateway/heap-retention.ts.
  const disconnect = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) disconnect.abort(new Error("client disconnected"));
  });
  const body = req.method === "POST" ? await readNodeBody(req, env.MAX_BODY_BYTES) : undefined;
  const request = new NextRequest(new URL(req.url ?? "/api/mcp", env.publicUrl), {
    method: req.method,
    headers: headersOf(req),
    body,
  });
  const response = await handler(request);
  await writeNodeResponse(response, res, disconnect.signal);
}

/** From req.headers, as Next builds them: scripts/server.mjs has set the socket peer there. */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}
