import "server-only";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { callTool } from "@/lib/gateway/call-tool";
import { getPrompt } from "@/lib/gateway/get-prompt";
import { readResource } from "@/lib/gateway/read-resource";
import {
  listPermittedPrompts,
  listPermittedResources,
  listPermittedTemplates,
  listPermittedTools,
} from "@/lib/gateway/list-permitted";
import { trackRequest } from "@/lib/gateway/inflight-requests";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

// The SDK builds a new Ajv (with formats) per Server unless given one: 0.57 ms per request.
// Output-schema validation is the SDK's; the gateway validates inputs with its own compiled schemas.
const sharedValidator = new AjvJsonSchemaValidator();

export const GATEWAY_SERVER_INFO = { name: "gatehouse", title: "Gatehouse MCP gateway", version: "0.1.0" };

type Base = Omit<GatewayRequestContext, "signal" | "sendNotification">;
type Extra = {
  signal: AbortSignal;
  requestId: string | number;
  sendNotification: GatewayRequestContext["sendNotification"];
};

/** Runs a handler with a signal that fires on client cancel, disconnect or notifications/cancelled. */
async function withContext<T>(
  base: Base,
  extra: Extra,
  handler: (ctx: GatewayRequestContext) => Promise<T> | T,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(extra.signal.reason);
  extra.signal.addEventListener("abort", abort, { once: true });
  const untrack = trackRequest(base.principal.id, extra.requestId, controller);
  try {
    return await handler({ ...base, signal: controller.signal, sendNotification: extra.sendNotification });
  } finally {
    untrack();
    extra.signal.removeEventListener("abort", abort);
  }
}

/**
 * The MCP server agents talk to: one per HTTP request (the endpoint is stateless), answering
 * from the in-memory catalog and forwarding calls through the governed pipeline.
 */
export function createGovernedServer(base: Base): Server {
  const server = new Server(GATEWAY_SERVER_INFO, {
    capabilities: {
      tools: { listChanged: false },
      prompts: { listChanged: false },
      resources: { listChanged: false },
    },
    instructions: "Tools from the upstream MCP servers this API key may use, named <server>__<tool>.",
    jsonSchemaValidator: sharedValidator,
  });
  server.setRequestHandler(ListToolsRequestSchema, (_request, extra) =>
    withContext(base, extra, async (ctx) => ({ tools: await listPermittedTools(ctx) })),
  );
  server.setRequestHandler(CallToolRequestSchema, (request, extra) =>
    withContext(base, extra, (ctx) => callTool(ctx, request.params)),
  );
  server.setRequestHandler(ListPromptsRequestSchema, (_request, extra) =>
    withContext(base, extra, (ctx) => ({ prompts: listPermittedPrompts(ctx) })),
  );
  server.setRequestHandler(GetPromptRequestSchema, (request, extra) =>
    withContext(base, extra, (ctx) => getPrompt(ctx, request.params)),
  );
  server.setRequestHandler(ListResourcesRequestSchema, (_request, extra) =>
    withContext(base, extra, (ctx) => ({ resources: listPermittedResources(ctx) })),
  );
  server.setRequestHandler(ListResourceTemplatesRequestSchema, (_request, extra) =>
    withContext(base, extra, (ctx) => ({ resourceTemplates: listPermittedTemplates(ctx) })),
  );
  server.setRequestHandler(ReadResourceRequestSchema, (request, extra) =>
    withContext(base, extra, (ctx) => readResource(ctx, request.params)),
  );
  return server;
}
