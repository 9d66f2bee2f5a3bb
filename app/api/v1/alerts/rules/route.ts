import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { createRule, listRules } from "@/lib/alerts/manage-rules";
import { createRuleSchema } from "@/lib/alerts/schemas";

// GET /api/v1/alerts/rules – built-in and custom alert rules
export const GET = withAuth({ capability: "metrics:read" }, async () => ({ rules: await listRules() }));

// POST /api/v1/alerts/rules – a custom rule: metric, scope, comparison, threshold, for, severity
export const POST = withAuth(
  { capability: "settings:write", body: createRuleSchema },
  async ({ body, principal, meta }) =>
    Response.json({ rule: await createRule(body, byPrincipal(principal, meta)) }, { status: 201 }),
);
