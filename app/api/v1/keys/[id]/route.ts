import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { revokeApiKey } from "@/lib/keys/revoke-api-key";
import { updateApiKey } from "@/lib/keys/update-api-key";
import { updateApiKeySchema } from "@/lib/keys/schemas";

// DELETE /api/v1/keys/:id – revoke a key; it stops working on its next request
export const DELETE = withAuth({ capability: "keys:write" }, async ({ params, principal, meta }) => ({
  key: await revokeApiKey(params.id, byPrincipal(principal, meta)),
}));

// PATCH /api/v1/keys/:id – rename a key or set its own rate limit (calls per minute)
export const PATCH = withAuth(
  { capability: "keys:write", body: updateApiKeySchema },
  async ({ params, body, principal, meta }) => ({
    key: await updateApiKey(params.id, body, byPrincipal(principal, meta)),
  }),
);
