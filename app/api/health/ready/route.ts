import { withAuth } from "@/lib/api/with-auth";
import { resolveOptionalPrincipal } from "@/lib/api/resolve-optional-principal";
import { decide } from "@/lib/rbac/decide";
import { checkDatabase } from "@/lib/health/check-database";
import { upstreamHealthSummary, upstreamsCheck } from "@/lib/health/upstream-health-summary";

// GET /api/health/ready – readiness: a database round trip (503 when it fails) and the upstreams'
// last health checks (an upstream being down does not make us unready, it makes them "degraded").
// Without credentials only ok/down/degraded per check; with servers:read also latency and every
// upstream's status and last error. Credentials are optional: a bad one gets the public answer.
export const GET = withAuth({ capability: "public" }, async ({ req, meta }) => {
  const database = await checkDatabase();
  const upstreams = database.status === "ok" ? await upstreamHealthSummary().catch(() => []) : [];
  const status = database.status === "ok" ? "ok" : "unavailable";
  const principal = database.status === "ok" ? await resolveOptionalPrincipal(req, meta) : null;
  const isDetailed = principal !== null && decide(principal.access, { capability: "servers:read" }).allowed;
  const checks = isDetailed
    ? { database, upstreams: { ...upstreamsCheck(upstreams), servers: upstreams } }
    : { database: { status: database.status }, upstreams: upstreamsCheck(upstreams) };
  return Response.json(
    { status, checks },
    { status: status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
