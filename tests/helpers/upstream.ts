// Real upstream MCP servers for tests: @modelcontextprotocol/server-everything over stdio.
import path from "node:path";
import { createServer } from "@/lib/servers/create-server";
import { loadedGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { syncTools } from "@/lib/tools/sync-tools";
import { getToolOrThrow } from "@/lib/tools/get-tool";
import { uniqueName } from "./fixtures";

const system = { actor: { type: "system" as const } };

/** How to start server-everything over stdio, as an admin would enter it. */
export function everythingStdio() {
  return {
    transport: "stdio" as const,
    command: process.execPath,
    args: [
      path.resolve(
        import.meta.dirname,
        "../../node_modules/@modelcontextprotocol/server-everything/dist/index.js",
      ),
      "stdio",
    ],
  };
}

export async function createEverythingServer(options: { isEnabled?: boolean } = {}) {
  const slug = uniqueName("ev");
  return createServer(
    { slug, name: `Everything ${slug}`, ...everythingStdio(), isEnabled: options.isEnabled ?? false },
    system,
  );
}

/**
 * A tool whose upstream definition changed after it was pinned, so it waits for review. The
 * definitions go through syncTools exactly as a registry refresh would pass them.
 */
export async function createToolPendingReview(): Promise<{ id: string; pendingHash: string }> {
  const server = await createEverythingServer();
  const name = uniqueName("tool").replace("-", "_");
  const inputSchema = { type: "object" as const, properties: { text: { type: "string" } } };
  const ref = { id: server.id, slug: server.slug, autoApprove: false };
  await syncTools(ref, [{ name, description: "Version one", inputSchema }]);
  await syncTools(ref, [{ name, description: "Version two, changed upstream", inputSchema }]);
  const { db } = await import("@/lib/db");
  const tool = await db.tool.findUniqueOrThrow({ where: { serverId_name: { serverId: server.id, name } } });
  const detail = await getToolOrThrow(tool.id);
  if (!detail.pendingHash) throw new Error("the changed definition was not held for review");
  return { id: tool.id, pendingHash: detail.pendingHash };
}

/** Stops upstream connections (stdio children) a test file started through the gateway runtime. */
export async function stopGateway(): Promise<void> {
  const runtime = await loadedGatewayRuntime()?.catch(() => null);
  await runtime?.shutdown();
}
