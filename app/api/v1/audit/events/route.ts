import { withAuth } from "@/lib/api/with-auth";
import { auditSearchQuerySchema } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents } from "@/lib/audit/search/search-audit-events";

// GET /api/v1/audit/events – events matching the filters, newest first; ?before=<nextCursor> pages on
export const GET = withAuth(
  { capability: "audit:read", query: auditSearchQuerySchema },
  async ({ query }) => {
    const page = await searchAuditEvents(query);
    // Personal fields are decrypted in this answer: never let a shared cache keep it.
    return Response.json(page, { headers: { "Cache-Control": "no-store" } });
  },
);
