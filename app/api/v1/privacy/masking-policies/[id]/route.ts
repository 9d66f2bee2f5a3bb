import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteMaskingPolicy } from "@/lib/privacy/policies/delete-masking-policy";
import { updateMaskingPolicy } from "@/lib/privacy/policies/update-masking-policy";
import { updateMaskingPolicySchema } from "@/lib/privacy/policies/schemas";

// PATCH /api/v1/privacy/masking-policies/:id – change the fields sent
export const PATCH = withAuth(
  { capability: "privacy:write", body: updateMaskingPolicySchema },
  async ({ params, body, principal, meta }) => ({
    policy: await updateMaskingPolicy(params.id, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/privacy/masking-policies/:id
export const DELETE = withAuth({ capability: "privacy:write" }, async ({ params, principal, meta }) => {
  await deleteMaskingPolicy(params.id, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
