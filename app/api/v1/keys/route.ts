import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createApiKey } from "@/lib/keys/create-api-key";
import { listApiKeys } from "@/lib/keys/list-api-keys";
import { createApiKeySchema } from "@/lib/keys/schemas";

// GET /api/v1/keys – every API key (never a secret or hash)
export const GET = withAuth({ capability: "keys:read" }, async () => ({ keys: await listApiKeys() }));

// POST /api/v1/keys – create a key; the secret is returned once
export const POST = withAuth(
  { capability: "keys:write", body: createApiKeySchema },
  async ({ body, principal, meta }) => {
    const created = await createApiKey(body, byPrincipal(principal, meta));
    return Response.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
);
