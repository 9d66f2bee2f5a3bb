import "server-only";
import { toEventViews, type AuditEventView } from "@/lib/audit/event-view";
import { filtersOf, type AuditSearchQuery } from "@/lib/audit/search/audit-filters";
import { findAuditEventRows } from "@/lib/audit/search/query-audit-events";

export type AuditSearchPage = { events: AuditEventView[]; nextCursor: number | null };

/** Newest first; nextCursor is null on the last page. */
export async function searchAuditEvents(query: AuditSearchQuery): Promise<AuditSearchPage> {
  const rows = await findAuditEventRows(filtersOf(query), {
    order: "desc",
    cursor: query.before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    events: await toEventViews(page),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
