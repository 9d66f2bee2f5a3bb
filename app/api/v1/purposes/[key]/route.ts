import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deletePurpose } from "@/lib/privacy/consent/delete-purpose";
import { updatePurpose } from "@/lib/privacy/consent/update-purpose";
import { updatePurposeSchema } from "@/lib/privacy/consent/schemas";

// PATCH /api/v1/purposes/:key – change a purpose (built-ins: the description only)
export const PATCH = withAuth(
  { capability: "consent:write", body: updatePurposeSchema },
  async ({ params, body, principal, meta }) => ({
    purpose: await updatePurpose(params.key, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/purposes/:key – delete a custom purpose without consent records (otherwise 409)
export const DELETE = withAuth({ capability: "consent:write" }, async ({ params, principal, meta }) => {
  await deletePurpose(params.key, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
