import { withAuth } from "@/lib/api/with-auth";
import { getAuditEventOrThrow } from "@/lib/audit/search/get-audit-event";
import { maskAuditEventView } from "@/lib/privacy/policies/mask-audit-view";

// GET /api/v1/audit/events/:id – one event, its personal fields and payload masked (partial);
// POST …/reveal shows them unmasked
export const GET = withAuth({ capability: "audit:read" }, async ({ params }) => {
  const event = await maskAuditEventView(await getAuditEventOrThrow(params.id));
  return Response.json({ event }, { headers: { "Cache-Control": "no-store" } });
});
