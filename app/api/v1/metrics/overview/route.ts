import { withAuth } from "@/lib/api/with-auth";
import { dashboardQuerySchema } from "@/lib/metrics/query/dashboard-window";
import { readOverviewDashboard } from "@/lib/metrics/query/read-dashboards";

// GET /api/v1/metrics/overview?range=15m|1h|24h|7d|30d|custom&from&to – all traffic's figures
export const GET = withAuth(
  { capability: "metrics:read", query: dashboardQuerySchema },
  async ({ query }) => ({
    dashboard: await readOverviewDashboard(query),
  }),
);
