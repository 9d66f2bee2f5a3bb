// Next.js calls register() once per server process at start. Background work (gateway
// connections, health checks, shutdown handling) belongs to the Node.js runtime only.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not configuration; lib/env.ts does not cover it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("@/lib/jobs/start-background-work");
  await startBackgroundWork();
  // For scripts/server.mjs, which serves /api/mcp with it ahead of Next's pipeline.
  const { publishMcpNodeEndpoint } = await import("@/lib/gateway/node-endpoint/publish-mcp-node");
  publishMcpNodeEndpoint();
}
