import { withAuth } from "@/lib/api/with-auth";
import { checkDatabase } from "@/lib/health/check-database";

// GET /api/health/ready – readiness: database round trip with latency; 503 when it fails
export const GET = withAuth({ capability: "public" }, async () => {
  const database = await checkDatabase();
  const status = database.status === "ok" ? "ok" : "unavailable";
  return Response.json({ status, checks: { database } }, { status: status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
