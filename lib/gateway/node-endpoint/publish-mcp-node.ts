import "server-only";
import { MCP_NODE_METHODS, serveMcpNode } from "@/lib/gateway/node-endpoint/serve-mcp-node";

/** What scripts/server.mjs looks for on globalThis (the one contract between the two). */
export type McpNodeEndpoint = { methods: string[]; serve: typeof serveMcpNode };

/**
 * Publishes the endpoint for scripts/server.mjs. Called from instrumentation's register(), so the
 * functions come from the build's own module graph: the gateway runtime they reach is the one
 * the rest of the application shares (lib/process-singleton.ts), not a second copy.
 */
export function publishMcpNodeEndpoint(): void {
  const endpoint: McpNodeEndpoint = { methods: MCP_NODE_METHODS, serve: serveMcpNode };
  Reflect.set(globalThis, "gatehouseMcpNodeEndpoint", endpoint);
}
