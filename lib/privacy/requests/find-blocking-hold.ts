import "server-only";
import { activeHoldsForSubject } from "@/lib/audit/retention/active-holds-for-subject";
import { consoleAccountIdsOf, readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";

/**
 * The oldest active legal hold that covers a data subject, if any: an erasure waits while one
 * exists (GDPR Art. 17(3)(e): claims and defence).
 */
export async function findBlockingHold(subjectId: string): Promise<{ id: string; reason: string } | null> {
  const identity = await readSubjectIdentity(subjectId);
  const [oldest] = await activeHoldsForSubject(subjectId, identity?.emailHashes ?? [], {
    userIds: identity ? await consoleAccountIdsOf(identity) : [],
  });
  return oldest ?? null;
}
