import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { updateRetentionDays } from "@/lib/audit/retention/update-retention-days";
import { updateRetentionSchema } from "@/lib/audit/retention/schemas";

// PUT /api/v1/audit/retention/:key – set a class's retention in days; applies from the next run
export const PUT = withAuth(
  { capability: "retention:write", body: updateRetentionSchema },
  async ({ params, body, principal, meta }) => ({
    class: await updateRetentionDays(params.key, body.days, byPrincipal(principal, meta)),
  }),
);
