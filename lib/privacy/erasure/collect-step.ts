import "server-only";
import { db } from "@/lib/db";
import { countSubjectEvents } from "@/lib/privacy/erasure/count-subject-events";
import { consoleAccountIdsOf, readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/**
 * "collect": what later steps need and cannot find once the registry and the key are gone, kept
 * in progress without anything personal: the console accounts (ids), the subject keys (ids), and
 * the counts that name the person by keyed hash (legacy rows lose those hashes in "legacy_events").
 */
export const collectStep: ErasureStep = async ({ subjectId, progress }) => {
  const identity = await readSubjectIdentity(subjectId);
  if (!identity) return;
  // The subject's key, and keys the trail made for their addresses before they were registered
  // (a subject first known by phone has a key of its own; events about their email used another).
  const keys = await db.subjectKey.findMany({
    where: {
      OR: [
        { id: { in: [identity.keyId, ...identity.identifierKeyIds] } },
        { subjectHash: { in: [...identity.emailHashes, `ds:${subjectId}`] } },
      ],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const holds = { OR: [{ subjectId }, { subjectHash: { in: identity.emailHashes } }] };
  progress.userIds = await consoleAccountIdsOf(identity);
  progress.keyIds = keys.map((k) => k.id);
  progress.counts.auditEvents = await countSubjectEvents(subjectId, identity.emailHashes);
  progress.counts.legalHoldsReleased = await db.legalHold.count({
    where: { ...holds, releasedAt: { not: null } },
  });
};
