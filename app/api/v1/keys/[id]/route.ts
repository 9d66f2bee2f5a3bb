import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { revokeApiKey } from "@/lib/keys/revoke-api-key";

// DELETE /api/v1/keys/:id – revoke a key; it stops working on its next request
export const DELETE = withAuth({ capability: "keys:write" }, async ({ params, principal, meta }) => ({
  key: await revokeApiKey(params.id, byPrincipal(principal, meta)),
}));
