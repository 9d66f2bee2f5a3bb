import { withAuth } from "@/lib/api/with-auth";
import { listAuditExports } from "@/lib/audit/export/list-audit-exports";

// GET /api/v1/audit/exports – recent exports, newest first
export const GET = withAuth({ capability: "audit:export" }, async () => ({
  exports: await listAuditExports(),
}));
