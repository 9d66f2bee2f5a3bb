import "server-only";
import { AppError } from "@/lib/errors";
import { withAuth } from "@/lib/api/with-auth";
import { checkMcpOrigin } from "@/lib/gateway/check-mcp-origin";
import { handleMcpPost } from "@/lib/gateway/handle-mcp-post";
import { runWithCallTrace } from "@/lib/telemetry/call-trace";

// The governed MCP endpoint's handlers, served at /api/mcp both by the route module
// (app/api/mcp/route.ts: `next dev`, tests) and, in production, by scripts/server.mjs ahead of
// Next's request pipeline (lib/gateway/node-endpoint/serve-mcp-node.ts). One definition, so that
// both answer alike.

// POST /api/mcp – streamable HTTP, stateless: API key required; a foreign Origin (DNS
// rebinding) is refused with 403
export const POST = withAuth({ capability: "mcp:connect" }, async ({ req, principal, meta }) => {
  if (principal.type !== "api_key")
    throw new AppError("unauthorized", "The MCP endpoint takes an API key: Authorization: Bearer <key>.");
  await checkMcpOrigin(req, principal, meta);
  // The client's W3C traceparent becomes the parent of the call's span (when tracing is on).
  return runWithCallTrace(req.headers, () => handleMcpPost(req, principal, meta));
});

// GET and DELETE /api/mcp – no server-initiated stream or session to end: the endpoint is stateless
const methodNotAllowed = withAuth({ capability: "mcp:connect" }, async ({ req, principal, meta }) => {
  await checkMcpOrigin(req, principal, meta);
  return Response.json(
    {
      jsonrpc: "2.0",
      id: null,
      error: {
        code: -32000,
        message: "Method not allowed: this endpoint is stateless; send requests with POST.",
      },
    },
    { status: 405, headers: { Allow: "POST" } },
  );
});
export const GET = methodNotAllowed;
export const DELETE = methodNotAllowed;
