import "server-only";
import type { SqlParams } from "@/lib/db/dialect";
import { subjectEventsSql, type SubjectEvents } from "@/lib/audit/search/subject-events-condition";

export type ActiveHold = {
  fromTime: Date | null;
  toTime: Date | null;
  actorId: string | null;
  /** the data subject the hold covers: by pseudonym, and by keyed hash in legacy rows (loadActiveHolds) */
  subject: SubjectEvents | null;
};

/**
 * A SQL condition that is true for every event some active hold covers. Within one hold the
 * scopes narrow each other (AND); across holds any one suffices (OR). Each comparison is guarded
 * with IS NOT NULL so that the condition is never NULL, and NOT (…) of it is safe.
 */
export function heldEventsCondition(holds: readonly ActiveHold[], sql: SqlParams): string {
  const perHold = holds.map((hold) => {
    const scopes: string[] = [];
    if (hold.fromTime) scopes.push(`"createdAt" >= ${sql.instant(hold.fromTime)}`);
    if (hold.toTime) scopes.push(`"createdAt" <= ${sql.instant(hold.toTime)}`);
    if (hold.actorId) scopes.push(`("actorId" IS NOT NULL AND "actorId" = ${sql.add(hold.actorId)})`);
    // The person as actor or as subject, by pseudonym or (legacy rows) by keyed hash.
    if (hold.subject) scopes.push(subjectEventsSql(hold.subject, sql));
    // The API refuses a hold without a scope; should one exist anyway, it keeps everything (fail safe).
    return scopes.length ? `(${scopes.join(" AND ")})` : "1 = 1";
  });
  return perHold.length ? `(${perHold.join(" OR ")})` : "1 = 0";
}
