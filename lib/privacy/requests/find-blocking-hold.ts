import "server-only";
import { activeHoldsForSubject } from "@/lib/audit/retention/active-holds-for-subject";
import { subjectLinks } from "@/lib/privacy/requests/subject-accounts";

/**
 * The oldest active legal hold that covers a data subject, if any: an erasure waits while one
 * exists (GDPR Art. 17(3)(e): claims and defence).
 */
export async function findBlockingHold(subjectId: string): Promise<{ id: string; reason: string } | null> {
  const { emailHashes, userIds } = await subjectLinks(subjectId);
  const [oldest] = await activeHoldsForSubject(subjectId, emailHashes, { userIds });
  return oldest ?? null;
}
