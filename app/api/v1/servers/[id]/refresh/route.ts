import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { refreshServerCatalog } from "@/lib/servers/refresh-server-catalog";

// POST /api/v1/servers/:id/refresh – list the server's tools, prompts and resources now
export const POST = withAuth({ capability: "servers:write" }, async ({ params, principal, meta }) => ({
  summary: await refreshServerCatalog(params.id, byPrincipal(principal, meta)),
}));
