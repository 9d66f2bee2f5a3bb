import "server-only";
import { countAuditEvents } from "@/lib/audit/search/query-audit-events";
import { pinTimeRange } from "@/lib/audit/export/export-query";
import type { AuditFilters } from "@/lib/audit/search/audit-filters";

/** How many events an export with these filters would hold if started now (for the export dialog). */
export async function countExportRowsNow(filters: AuditFilters): Promise<number> {
  return countAuditEvents(pinTimeRange(filters, Date.now()).pinned);
}
