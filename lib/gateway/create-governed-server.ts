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
import { withRequestContext, type GatewayRequestBase } from "@/lib/gateway/with-request-context";

// The SDK builds a new Ajv (with formats) per Server unless given one: 0.57 ms per request.
// Output-schema validation is the SDK's; the gateway validates inputs with its own compiled schemas.
const sharedValidator = new AjvJsonSchemaValidator();

export const GATEWAY_SERVER_INFO = { name: "gatehouse", title: "Gatehouse MCP gateway", version: "0.1.0" };

/**
 * The MCP server agents talk to: one per HTTP request (the endpoint is stateless), answering
 * from the in-memory catalog and forwarding calls through the governed pipeline.
 */
export function createGovernedServer(base: GatewayRequestBase): Server {
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
    withRequestContext(base, extra, async (ctx) => ({ tools: await listPermittedTools(ctx) })),
  );
  server.setRequestHandler(CallToolRequestSchema, (request, extra) =>
    withRequestContext(base, extra, (ctx) => callTool(ctx, request.params)),
  );
  server.setRequestHandler(ListPromptsRequestSchema, (_request, extra) =>
    withRequestContext(base, extra, (ctx) => ({ prompts: listPermittedPrompts(ctx) })),
  );
  server.setRequestHandler(GetPromptRequestSchema, (request, extra) =>
    withRequestContext(base, extra, (ctx) => getPrompt(ctx, request.params)),
  );
  server.setRequestHandler(ListResourcesRequestSchema, (_request, extra) =>
    withRequestContext(base, extra, (ctx) => ({ resources: listPermittedResources(ctx) })),
  );
  server.setRequestHandler(ListResourceTemplatesRequestSchema, (_request, extra) =>
    withRequestContext(base, extra, (ctx) => ({ resourceTemplates: listPermittedTemplates(ctx) })),
  );
  server.setRequestHandler(ReadResourceRequestSchema, (request, extra) =>
    withRequestContext(base, extra, (ctx) => readResource(ctx, request.params)),
  );
  return server;
}
