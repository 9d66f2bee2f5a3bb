import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createMaskingPolicy } from "@/lib/privacy/policies/create-masking-policy";
import { listMaskingPolicies } from "@/lib/privacy/policies/list-masking-policies";
import { createMaskingPolicySchema } from "@/lib/privacy/policies/schemas";

// GET /api/v1/privacy/masking-policies – every masking policy, by name
export const GET = withAuth({ capability: "privacy:read" }, async () => ({
  policies: await listMaskingPolicies(),
}));

// POST /api/v1/privacy/masking-policies – add a policy (its detectors and role must exist)
export const POST = withAuth(
  { capability: "privacy:write", body: createMaskingPolicySchema },
  async ({ body, principal, meta }) => {
    const policy = await createMaskingPolicy(body, byPrincipal(principal, meta));
    return Response.json({ policy }, { status: 201 });
  },
);
