import { withAuth } from "@/lib/api/with-auth";
import { dashboardQuerySchema } from "@/lib/metrics/query/dashboard-window";
import { readServerDashboard } from "@/lib/metrics/query/read-dashboards";

// GET /api/v1/metrics/servers/{slug}?range=… – one upstream's figures, health and breaker bands, saturation
export const GET = withAuth(
  { capability: "metrics:read", query: dashboardQuerySchema },
  async ({ query, params }) => ({ dashboard: await readServerDashboard(params.slug, query) }),
);
