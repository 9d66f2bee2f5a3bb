import { withAuth } from "@/lib/api/with-auth";
import { listAlertHistory } from "@/lib/alerts/list-alerts";
import { historyQuerySchema } from "@/lib/alerts/schemas";

// GET /api/v1/alerts/history?page=&pageSize=&ruleId= – every move to pending, firing or resolved
export const GET = withAuth({ capability: "metrics:read", query: historyQuerySchema }, async ({ query }) =>
  listAlertHistory(query),
);
