import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { deleteRule, getRuleOrThrow, updateRule } from "@/lib/alerts/manage-rules";
import { updateRuleSchema } from "@/lib/alerts/schemas";

// GET /api/v1/alerts/rules/:id – one rule
export const GET = withAuth({ capability: "metrics:read" }, async ({ params }) => ({
  rule: await getRuleOrThrow(params.id),
}));

// PATCH /api/v1/alerts/rules/:id – edit threshold, for, severity, name; enable or disable
export const PATCH = withAuth(
  { capability: "settings:write", body: updateRuleSchema },
  async ({ params, body, principal, meta }) => ({
    rule: await updateRule(params.id, body, byPrincipal(principal, meta)),
  }),
);

// DELETE /api/v1/alerts/rules/:id – custom rules only (built-in ones: 409, disable them instead)
export const DELETE = withAuth({ capability: "settings:write" }, async ({ params, principal, meta }) => {
  await deleteRule(params.id, byPrincipal(principal, meta));
  return new Response(null, { status: 204 });
});
