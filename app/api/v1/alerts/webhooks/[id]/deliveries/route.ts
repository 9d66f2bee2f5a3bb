import { withAuth } from "@/lib/api/with-auth";
import { listDeliveries } from "@/lib/alerts/manage-webhooks";

// GET /api/v1/alerts/webhooks/:id/deliveries – the latest 100 notifications and their attempts
export const GET = withAuth({ capability: "metrics:read" }, async ({ params }) => ({
  deliveries: await listDeliveries(params.id),
}));
