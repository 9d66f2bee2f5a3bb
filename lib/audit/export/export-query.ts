import { z } from "zod";
import { auditFilterFields, timeBounds, type AuditFilters } from "@/lib/audit/search/audit-filters";

/** GET /api/v1/audit/export: the search filters plus the file format. */
export const auditExportQuerySchema = z
  .strictObject({ ...auditFilterFields, format: z.enum(["csv", "jsonl"]).default("csv") })
  .superRefine((value, ctx) => {
    if (value.from && value.to && Date.parse(value.from) > Date.parse(value.to)) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "The end of the time range is before its start",
      });
    }
  });
export type AuditExportQuery = z.output<typeof auditExportQuerySchema>;

/**
 * The filters with a relative range ("24h") fixed to instants once, at the start of the export:
 * counting, paging and the manifest then all see the same window however long the export runs.
 */
export function pinTimeRange(
  filters: AuditFilters,
  now: number,
): { pinned: AuditFilters; timeRange: { from: string | null; to: string | null } } {
  const { from, to } = timeBounds(filters, now);
  const pinned: AuditFilters = { ...filters, from: from?.toISOString(), to: to?.toISOString() };
  delete pinned.range;
  if (!pinned.from) delete pinned.from;
  if (!pinned.to) delete pinned.to;
  return { pinned, timeRange: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null } };
}
