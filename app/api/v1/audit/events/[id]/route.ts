import { withAuth } from "@/lib/api/with-auth";
import { getAuditEventOrThrow } from "@/lib/audit/search/get-audit-event";

// GET /api/v1/audit/events/:id – one event with its decrypted personal fields and payload
export const GET = withAuth({ capability: "audit:read" }, async ({ params }) => {
  const event = await getAuditEventOrThrow(params.id);
  return Response.json({ event }, { headers: { "Cache-Control": "no-store" } });
});
