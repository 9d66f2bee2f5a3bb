import "server-only";
import { db } from "@/lib/db";

// LEAD: a local stand-in for lib/audit/search/subject-events-condition.ts (the audit helper's
// "which events belong to a subject"); point this at it at merge.

/** Events naming the person: by pseudonym as actor or subject, or (legacy rows) by keyed email hash. */
export function countSubjectEvents(subjectId: string, emailHashes: string[]): Promise<number> {
  return db.auditEvent.count({
    where: {
      OR: [
        { actorSubjectId: subjectId },
        { subjectId },
        ...(emailHashes.length
          ? [{ actorHash: { in: emailHashes } }, { subjectHash: { in: emailHashes } }]
          : []),
      ],
    },
  });
}
