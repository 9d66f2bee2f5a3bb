import { withAuth } from "@/lib/api/with-auth";
import { listRetentionClasses } from "@/lib/audit/retention/list-retention-classes";
import { readLastRetentionRun } from "@/lib/audit/retention/retention-last-run";

// GET /api/v1/audit/retention – the retention classes with their days in force, and the last run
export const GET = withAuth({ capability: "audit:read" }, async () => {
  const [classes, lastRun] = await Promise.all([listRetentionClasses(), readLastRetentionRun()]);
  return { classes, lastRun };
});
