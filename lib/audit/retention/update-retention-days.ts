import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent, type AuditActor, type RequestMeta } from "@/lib/audit/record-event";
import { isRetentionClassKey, retentionClassOf } from "@/lib/audit/retention/retention-classes";
import { toRetentionClassView } from "@/lib/audit/retention/list-retention-classes";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";
import type { Principal } from "@/lib/auth/principal";

/**
 * Sets how many days a retention class keeps its events. Takes effect at the next run; a shorter
 * period purges more then. Audited with the days before and after.
 */
export async function updateRetentionDays(
  key: string,
  days: number,
  by: { principal: Principal | null; actor: AuditActor; meta?: RequestMeta },
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
