import { withAuth } from "@/lib/api/with-auth";
import { listRules } from "@/lib/alerts/manage-rules";
import { prometheusRules } from "@/lib/alerts/prometheus-rules";

// GET /api/v1/alerts/prometheus-rules – the enabled rules as a Prometheus rule file (YAML)
export const GET = withAuth(
  { capability: "metrics:read" },
  async () =>
    new Response(prometheusRules(await listRules()), {
      headers: { "content-type": "application/yaml; charset=utf-8" },
    }),
);
