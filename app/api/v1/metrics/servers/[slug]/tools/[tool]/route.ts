import { withAuth } from "@/lib/api/with-auth";
import { dashboardQuerySchema } from "@/lib/metrics/query/dashboard-window";
import { readToolDashboard } from "@/lib/metrics/query/read-dashboards";

// GET /api/v1/metrics/servers/{slug}/tools/{tool}?range=… – one tool's figures and outcome breakdown
export const GET = withAuth(
  { capability: "metrics:read", query: dashboardQuerySchema },
  async ({ query, params }) => ({ dashboard: await readToolDashboard(params.slug, params.tool, query) }),
);
