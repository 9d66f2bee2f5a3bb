import { withAuth } from "@/lib/api/with-auth";
import { listActiveAlerts } from "@/lib/alerts/list-alerts";

// GET /api/v1/alerts – the alerts firing or pending now
export const GET = withAuth({ capability: "metrics:read" }, async () => ({
  alerts: await listActiveAlerts(),
}));
