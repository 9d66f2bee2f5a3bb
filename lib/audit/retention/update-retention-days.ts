import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { isRetentionClassKey, retentionClassOf } from "@/lib/audit/retention/retention-classes";
import { toRetentionClassView } from "@/lib/audit/retention/list-retention-classes";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";

/**
 * Sets how many days a retention class keeps its events. Takes effect at the next run; a shorter
 * period purges more then. Audited with the days before and after.
 */
export async function updateRetentionDays(
  key: string,
  days: number,
  by: AuditBy,
): Promise<RetentionClassView> {
  if (!isRetentionClassKey(key)) throw new AppError("not_found", "No retention class with this key.");
  const retentionClass = retentionClassOf(key);
  const existing = await db.retentionPolicy.findUnique({ where: { key } });
  const before = existing?.days ?? retentionClass.defaultDays;
  const policy = await db.retentionPolicy.upsert({
    where: { key },
    create: { key, days, updatedById: by.principal?.id ?? null },
    update: { days, updatedById: by.principal?.id ?? null },
  });
  await recordEvent({
    category: "audit",
    action: "retention_change",
    result: "success",
    actor: by.actor,
    target: key,
    details: { key, before, after: days },
    meta: by.meta,
  });
  return toRetentionClassView(retentionClass, policy);
}
