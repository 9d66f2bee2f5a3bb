import "server-only";
import { db } from "@/lib/db";
import { subjectLinks } from "@/lib/privacy/requests/subject-accounts";

/**
 * The active legal hold that covers a data subject, if any: a hold on them by pseudonym, on
 * their email (legacy holds, by keyed hash), or on what their console account did. An erasure
 * waits while one exists (GDPR Art. 17(3)(e): claims and defence).
 */
export async function findBlockingHold(subjectId: string): Promise<{ id: string; reason: string } | null> {
  const { emailHashes, userIds } = await subjectLinks(subjectId);
  return db.legalHold.findFirst({
    where: {
      releasedAt: null,
      OR: [
        { subjectId },
        ...(emailHashes.length ? [{ subjectHash: { in: emailHashes } }] : []),
        ...(userIds.length ? [{ actorId: { in: userIds } }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, reason: true },
  });
}
