import { withAuth } from "@/lib/api/with-auth";
import { countExportRowsNow } from "@/lib/audit/export/count-export-rows-now";
import { auditFiltersSchema } from "@/lib/audit/search/audit-filters";

// GET /api/v1/audit/export/count – how many events an export of these filters would hold now
export const GET = withAuth({ capability: "audit:export", query: auditFiltersSchema }, async ({ query }) => ({
  count: await countExportRowsNow(query),
}));
