import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createPurpose } from "@/lib/privacy/consent/create-purpose";
import { listPurposes } from "@/lib/privacy/consent/list-purposes";
import { createPurposeSchema } from "@/lib/privacy/consent/schemas";

// GET /api/v1/purposes – every processing purpose (built-ins first) with its record count
export const GET = withAuth({ capability: "privacy:read" }, async () => ({ purposes: await listPurposes() }));

// POST /api/v1/purposes – create a custom purpose
export const POST = withAuth(
  { capability: "consent:write", body: createPurposeSchema },
  async ({ body, principal, meta }) => {
    const purpose = await createPurpose(body, byPrincipal(principal, meta));
    return Response.json({ purpose }, { status: 201 });
  },
);
