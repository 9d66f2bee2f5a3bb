import { withAuth } from "@/lib/api/with-auth";
import { auditSearchQuerySchema } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents } from "@/lib/audit/search/search-audit-events";
import { maskAuditEventViews } from "@/lib/privacy/policies/mask-audit-view";

// GET /api/v1/audit/events – events matching the filters, newest first; ?before=<nextCursor> pages on.
// Personal values are masked (partial); POST /api/v1/audit/events/:id/reveal shows one event unmasked.
export const GET = withAuth(
  { capability: "audit:read", query: auditSearchQuerySchema },
  async ({ query }) => {
    const page = await searchAuditEvents(query);
    // Even masked, the answer holds personal fields: never let a shared cache keep it.
    return Response.json(
      { ...page, events: await maskAuditEventViews(page.events) },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);
