import "server-only";
import { db } from "@/lib/db";
import { subjectEventsWhere } from "@/lib/audit/search/subject-events-condition";

/** Events naming the person: by pseudonym as actor or subject, or (legacy rows) by keyed email hash. */
export function countSubjectEvents(subjectId: string, legacyHashes: string[]): Promise<number> {
  return db.auditEvent.count({ where: subjectEventsWhere({ id: subjectId, legacyHashes }) });
}
