import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createServer } from "@/lib/servers/create-server";
import { connectionNeedsExec } from "@/lib/servers/exec-requirement";
import { listServers } from "@/lib/servers/list-servers";
import { createServerSchema } from "@/lib/servers/schemas";

// GET /api/v1/servers – upstream servers with health, breaker state and tool counts
export const GET = withAuth({ capability: "servers:read" }, async () => ({ servers: await listServers() }));

// POST /api/v1/servers – register an upstream (stdio, streamable HTTP or SSE); secrets are write-only.
// A stdio server runs a command on the host: that needs servers:exec too.
export const POST = withAuth(
  { capability: "servers:write", body: createServerSchema },
  async ({ req, body, principal, meta }) => {
    if (connectionNeedsExec(body)) await authorize(principal, "servers:exec", req, meta);
    const server = await createServer(body, byPrincipal(principal, meta));
    return Response.json({ server }, { status: 201 });
  },
);
