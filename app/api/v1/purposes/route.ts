import { authorize, withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createPurpose } from "@/lib/privacy/consent/create-purpose";
import { listPurposes } from "@/lib/privacy/consent/list-purposes";
import { createPurposeSchema } from "@/lib/privacy/consent/schemas";

// GET /api/v1/purposes – every processing purpose (built-ins first) with its record count. Also for
// tools:write holders (operators), who declare the purposes a tool needs; purposes name no one.
export const GET = withAuth({ capability: "authenticated" }, async ({ req, principal, meta }) => {
  if (!principal.access.capabilities.has("tools:write"))
    await authorize(principal, "privacy:read", req, meta);
  return { purposes: await listPurposes() };
});

// POST /api/v1/purposes – create a custom purpose
export const POST = withAuth(
  { capability: "consent:write", body: createPurposeSchema },
  async ({ body, principal, meta }) => {
    const purpose = await createPurpose(body, byPrincipal(principal, meta));
    return Response.json({ purpose }, { status: 201 });
  },
);
