import "server-only";
import { db } from "@/lib/db";
import { legacyHashesOfSubject, type SubjectEvents } from "@/lib/audit/search/subject-events-condition";
import type { ActiveHold } from "@/lib/audit/retention/held-events-sql";

type HoldRow = { subjectId: string | null; subjectHash: string | null };

/**
 * The person a hold covers. A hold names them by pseudonym (legacy holds by keyed hash): it covers
 * their rows by pseudonym and the legacy rows that still carry their keyed hash.
 */
async function subjectOfHold(hold: HoldRow): Promise<SubjectEvents | null> {
  const legacyHash = hold.subjectHash;
  if (!hold.subjectId && !legacyHash) return null;
  const subjectId = hold.subjectId ?? (legacyHash ? await subjectIdOfEmailHash(legacyHash) : null);
  const hashes = subjectId ? await legacyHashesOfSubject(subjectId) : [];
  if (legacyHash && !hashes.includes(legacyHash)) hashes.push(legacyHash);
  return { id: subjectId, legacyHashes: hashes };
}

async function subjectIdOfEmailHash(hash: string): Promise<string | null> {
  const row = await db.subjectIdentifier.findUnique({
    where: { kind_hash: { kind: "email", hash } },
    select: { subjectId: true },
  });
  return row?.subjectId ?? null;
}

/** Every unreleased hold, with the person it covers resolved for the held-events condition. */
export async function loadActiveHolds(): Promise<ActiveHold[]> {
  const holds = await db.legalHold.findMany({
    where: { releasedAt: null },
    select: { fromTime: true, toTime: true, actorId: true, subjectId: true, subjectHash: true },
  });
  return Promise.all(
    holds.map(async (hold) => ({
      fromTime: hold.fromTime,
      toTime: hold.toTime,
      actorId: hold.actorId,
      subject: await subjectOfHold(hold),
    })),
  );
}
