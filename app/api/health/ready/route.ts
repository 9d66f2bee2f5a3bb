import { withAuth } from "@/lib/api/with-auth";
import { checkDatabase } from "@/lib/health/check-database";
import { upstreamHealthSummary } from "@/lib/health/upstream-health-summary";

// GET /api/health/ready – readiness: database round trip with latency (503 when it fails) and,
// as detail, each upstream's last health check (an upstream being down does not make us unready)
export const GET = withAuth({ capability: "public" }, async () => {
  const database = await checkDatabase();
  const upstreams = database.status === "ok" ? await upstreamHealthSummary().catch(() => []) : [];
  const status = database.status === "ok" ? "ok" : "unavailable";
  return Response.json({ status, checks: { database, upstreams } }, { status: status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
