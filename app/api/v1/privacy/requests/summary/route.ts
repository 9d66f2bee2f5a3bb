import { withAuth } from "@/lib/api/with-auth";
import { requestDeadlineSummary } from "@/lib/privacy/requests/list-requests";

// GET /api/v1/privacy/requests/summary – open requests and how many are due soon or overdue
export const GET = withAuth({ capability: "privacy:read" }, async () =>
  Response.json(await requestDeadlineSummary(), { headers: { "Cache-Control": "no-store" } }),
);
