import "server-only";
import { db } from "@/lib/db";

export type ActiveHoldsForSubjectOptions = {
  /** the person's console accounts: a hold on one of them as actor covers the person too */
  userIds?: readonly string[];
};

/**
 * The unreleased legal holds covering a person: by pseudonym, by one of the keyed hashes legacy
 * holds name them by (legacyHashesOfSubject), or on one of their accounts as actor. Oldest first.
 * An erasure of the person waits while any is active (the request workflow's on_hold).
 */
export async function activeHoldsForSubject(
  subjectId: string,
  legacyHashes: readonly string[],
  options: ActiveHoldsForSubjectOptions = {},
): Promise<{ id: string; reason: string }[]> {
  const userIds = [...(options.userIds ?? [])];
  return db.legalHold.findMany({
    where: {
      releasedAt: null,
      OR: [
        { subjectId },
        ...(legacyHashes.length ? [{ subjectHash: { in: [...legacyHashes] } }] : []),
        ...(userIds.length ? [{ actorId: { in: userIds } }] : []),
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, reason: true },
  });
}
