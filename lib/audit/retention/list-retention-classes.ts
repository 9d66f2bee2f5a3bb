import "server-only";
import { db } from "@/lib/db";
import {
  RETENTION_CLASSES,
  type RetentionClass,
  type RetentionClassKey,
} from "@/lib/audit/retention/retention-classes";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";

type PolicyRow = { key: string; days: number; updatedAt: Date };

export function toRetentionClassView(
  retentionClass: RetentionClass,
  policy: PolicyRow | undefined,
): RetentionClassView {
  const { key, label, description, categories, isCatchAll, mode, defaultDays } = retentionClass;
  return {
    key,
    label,
    description,
    categories,
    isCatchAll,
    mode,
    defaultDays,
    days: policy?.days ?? defaultDays,
    updatedAt: policy?.updatedAt.toISOString() ?? null,
  };
}

/** Every retention class with the days in force: its RetentionPolicy row, or the default. */
export async function listRetentionClasses(): Promise<RetentionClassView[]> {
  const policies = await db.retentionPolicy.findMany();
  return RETENTION_CLASSES.map((c) =>
    toRetentionClassView(
      c,
      policies.find((p) => p.key === c.key),
    ),
  );
}

/** Days in force per class, for a retention run. */
export async function retentionDaysByClass(): Promise<Map<RetentionClassKey, number>> {
  const classes = await listRetentionClasses();
  return new Map(classes.map((c) => [c.key, c.days]));
}
