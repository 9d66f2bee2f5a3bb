import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { releaseLegalHold } from "@/lib/audit/retention/release-legal-hold";

// POST /api/v1/audit/holds/:id/release – release a hold (409 if already released); holds are never deleted
export const POST = withAuth({ capability: "retention:write" }, async ({ params, principal, meta }) => ({
  hold: await releaseLegalHold(params.id, byPrincipal(principal, meta)),
}));
