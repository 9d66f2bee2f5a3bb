import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { approveToolVersion } from "@/lib/tools/review-tool";
import { reviewDecisionSchema } from "@/lib/tools/schemas";

// POST /api/v1/tools/:id/approve – pin the pending definition (send its hash); audited
export const POST = withAuth(
  { capability: "tools:write", body: reviewDecisionSchema },
  async ({ params, body, principal, meta }) => ({
    tool: await approveToolVersion(params.id, body.hash, byPrincipal(principal, meta), body.note),
  }),
);
