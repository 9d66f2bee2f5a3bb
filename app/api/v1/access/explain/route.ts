import { withAuth } from "@/lib/api/with-auth";
import { explainDecision } from "@/lib/access/explain-decision";
import { explainSchema } from "@/lib/access/schemas";

// POST /api/v1/access/explain – would this user or key be allowed this capability or tool, and why
export const POST = withAuth({ capability: "roles:read", body: explainSchema }, async ({ body }) => ({
  explanation: await explainDecision(body),
}));
