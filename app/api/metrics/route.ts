// GET /api/metrics – Prometheus text format, for principals with metrics:read
import { withAuth } from "@/lib/api/with-auth";
import { metricsRegistry } from "@/lib/metrics/registry";
// Registers the gateway's metric families, so they are listed before the first call.
import "@/lib/metrics/gateway-metrics";

export const GET = withAuth(
  { capability: "metrics:read" },
  async () =>
    new Response(await metricsRegistry.metrics(), {
      headers: { "Content-Type": metricsRegistry.contentType, "Cache-Control": "no-store" },
    }),
);
