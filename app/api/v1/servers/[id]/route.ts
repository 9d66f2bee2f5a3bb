import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteServer } from "@/lib/servers/delete-server";
import { updateNeedsExec } from "@/lib/servers/exec-requirement";
import { getServerOrThrow } from "@/lib/servers/list-servers";
import { updateServer } from "@/lib/servers/update-server";
import { updateServerSchema } from "@/lib/servers/schemas";

// GET /api/v1/servers/:id – one server, with breaker and bulkhead state
export const GET = withAuth({ capability: "servers:read" }, async ({ params }) => ({
  server: await getServerOrThrow(params.id),
}));

// PATCH /api/v1/servers/:id – change settings, enable or disable; env/headers replace the stored ones.
// Changing a stdio server's command, args or env, or enabling it, needs servers:exec too.
export const PATCH = withAuth(
  { capability: "servers:write", body: updateServerSchema },
  async ({ req, params, body, principal, meta }) => {
    if (updateNeedsExec(await getServerOrThrow(params.id), body))
      await authorize(principal, "servers:exec", req, meta);
    return { server: await updateServer(params.id, body, byPrincipal(principal, meta)) };
  },
);

// DELETE /api/v1/servers/:id – delete the server and its tools; its connection stops
export const DELETE = withAuth({ capability: "servers:write" }, async ({ params, principal, meta }) => {
  await deleteServer(params.id, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
