import { withAuth } from "@/lib/api/with-auth";
import { getAuditFacets } from "@/lib/audit/search/get-audit-facets";

// GET /api/v1/audit/facets – servers, users, API keys, actions and tools for the audit filters (cached a minute)
export const GET = withAuth({ capability: "audit:read" }, async () =>
  Response.json(await getAuditFacets(), { headers: { "Cache-Control": "no-store" } }),
);
