import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { rejectToolVersion } from "@/lib/tools/review-tool";
import { reviewDecisionSchema } from "@/lib/tools/schemas";

// POST /api/v1/tools/:id/reject – keep the tool held back from clients; audited
export const POST = withAuth(
  { capability: "tools:write", body: reviewDecisionSchema },
  async ({ params, body, principal, meta }) => ({
    tool: await rejectToolVersion(params.id, body.hash, byPrincipal(principal, meta), body.note),
  }),
);
