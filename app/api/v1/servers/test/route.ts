import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { connectionNeedsExec } from "@/lib/servers/exec-requirement";
import { connectionSchema } from "@/lib/servers/schemas";
import { testConnection } from "@/lib/servers/test-connection";

// POST /api/v1/servers/test – try a connection before saving it; reports what went wrong (audited).
// Testing a stdio connection runs its command: that needs servers:exec too.
export const POST = withAuth(
  { capability: "servers:write", body: connectionSchema },
  async ({ req, body, principal, meta }) => {
    if (connectionNeedsExec(body)) await authorize(principal, "servers:exec", req, meta);
    return testConnection(body, { by: byPrincipal(principal, meta) });
  },
);
