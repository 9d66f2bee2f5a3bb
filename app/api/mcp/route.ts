// /api/mcp – the governed MCP endpoint (lib/gateway/mcp-endpoint.ts). In production
// scripts/server.mjs answers this path with the same handlers before Next's pipeline; this route
// serves it under `next dev` and `next start`, and to the tests.
export { POST, GET, DELETE } from "@/lib/gateway/mcp-endpoint";
