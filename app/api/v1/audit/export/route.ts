import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { auditExportQuerySchema } from "@/lib/audit/export/export-query";
import { startAuditExport } from "@/lib/audit/export/start-audit-export";
import { filtersOf } from "@/lib/audit/search/audit-filters";

// GET /api/v1/audit/export – the events matching the search filters as a streamed CSV or JSONL
// download; when the body ends, the signed manifest is ready at /api/v1/audit/exports/<id>/manifest
export const GET = withAuth(
  { capability: "audit:export", query: auditExportQuerySchema },
  async ({ query, principal, meta }) => {
    const { format, ...search } = query;
    const started = await startAuditExport(
      { format, filters: filtersOf(search) },
      byPrincipal(principal, meta),
    );
    return new Response(started.body, {
      headers: {
        "Content-Type": started.contentType,
        "Content-Disposition": `attachment; filename="${started.fileName}"`,
        "Cache-Control": "no-store",
        "X-Export-Id": started.exportId,
        "X-Export-Total-Rows": String(started.totalRows),
      },
    });
  },
);
