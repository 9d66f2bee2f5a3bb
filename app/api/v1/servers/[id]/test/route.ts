import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { connectionNeedsExec } from "@/lib/servers/exec-requirement";
import { getUpstreamConfigOrThrow } from "@/lib/servers/get-upstream-config";
import { testConnection } from "@/lib/servers/test-connection";

// POST /api/v1/servers/:id/test – try the saved server's connection (with its stored secrets; audited).
// For a stdio server that runs its command: servers:exec too.
export const POST = withAuth({ capability: "servers:write" }, async ({ req, params, principal, meta }) => {
  const config = await getUpstreamConfigOrThrow(params.id);
  if (connectionNeedsExec(config.connection)) await authorize(principal, "servers:exec", req, meta);
  return testConnection(config.connection, {
    saved: { id: config.id, label: `${config.name} (${config.slug})`, slug: config.slug },
    by: byPrincipal(principal, meta),
  });
});
