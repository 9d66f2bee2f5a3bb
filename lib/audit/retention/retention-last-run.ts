import "server-only";
import { db } from "@/lib/db";
import type { RetentionRunSummary } from "@/lib/audit/retention/retention-views";

const LAST_RUN_KEY = "retention_last_run";

/** The last completed retention run, or null when retention never ran. */
export async function readLastRetentionRun(): Promise<RetentionRunSummary | null> {
  const row = await db.setting.findUnique({ where: { key: LAST_RUN_KEY } });
  const value = row?.value;
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    typeof (value as { ranAt?: unknown }).ranAt !== "string"
  )
    return null;
  // Written only by recordLastRetentionRun below, in this shape.
  return value as unknown as RetentionRunSummary;
}

export async function recordLastRetentionRun(summary: RetentionRunSummary): Promise<void> {
  await db.setting.upsert({
    where: { key: LAST_RUN_KEY },
    create: { key: LAST_RUN_KEY, value: summary },
    update: { value: summary },
  });
}
