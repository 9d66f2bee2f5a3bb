import "server-only";
import { db } from "@/lib/db";
import { checkSealLink, type StoredSeal } from "@/lib/audit/seal/check-seal-link";
import { checkSealedRange } from "@/lib/audit/seal/check-sealed-range";
import { BatchedCursor } from "@/lib/audit/seal/batched-cursor";
import { loadPurgeIndex } from "@/lib/audit/seal/purge-index";
import { loadRedactionIndex } from "@/lib/audit/seal/redaction-index";
import { checkRedactionAnchors } from "@/lib/audit/seal/check-redaction-anchors";
import { SealedItems } from "@/lib/audit/seal/sealed-items";
import type { ChainProblem, ChainVerification } from "@/lib/audit/seal/integrity-types";

export type { ChainVerification } from "@/lib/audit/seal/integrity-types";

export type VerifyAuditChainOptions = { onProgress?(checkedEvents: number): void };

const SEAL_BATCH_SIZE = 1_000;
const PROGRESS_EVERY = 5_000;

/**
 * Walks the seal chain in id order and recomputes it from the events and tombstones it covers,
 * in one streaming pass (constant memory). Stops at the first problem. Seals written while it
 * runs are left for the next verification.
 */
export async function verifyAuditChain(options: VerifyAuditChainOptions = {}): Promise<ChainVerification> {
  const startedAt = performance.now();
  const lastSeal = await db.auditSeal.findFirst({
    orderBy: { id: "desc" },
    select: { id: true, toId: true },
  });
  const lastToId = lastSeal?.toId ?? 0;
  const totals = { sealsChecked: 0, eventsChecked: 0, tombstonesChecked: 0 };
  let verifiedUpToEventId: number | null = null;

  const finish = async (problem: ChainProblem | null): Promise<ChainVerification> => ({
    ok: problem === null,
    verifiedUpToEventId,
    ...totals,
    unsealedEvents: await db.auditEvent.count({ where: { id: { gt: lastToId } } }),
    problem,
    durationMs: Math.round(performance.now() - startedAt),
  });

  let purges = await loadPurgeIndex();
  let redactions = await loadRedactionIndex();
  const items = new SealedItems(0, lastToId);
  const seals = new BatchedCursor<StoredSeal>(
    (afterId, take) =>
      db.auditSeal.findMany({
        where: { id: { gt: afterId, lte: lastSeal?.id ?? 0 } },
        orderBy: { id: "asc" },
        take,
      }),
    (seal) => seal.id,
    0,
    SEAL_BATCH_SIZE,
  );
  let previous: StoredSeal | null = null;
  let reportedAt = 0;
  for (let seal = await seals.peek(); seal; seal = await seals.peek()) {
    seals.take();
    const linkProblem = checkSealLink(seal, previous);
    if (linkProblem) return finish(linkProblem);

    let range = await checkSealedRange(seal, items, purges, redactions);
    if (range.problem) {
      // Retention may have purged events of this range while it was read, or an erasure redacted
      // some: read it again, alone, with fresh purge and redaction records, before calling it tampering.
      await items.skipThrough(seal.toId);
      purges = await loadPurgeIndex();
      redactions = await loadRedactionIndex();
      range = await checkSealedRange(
        seal,
        new SealedItems(previous?.toId ?? 0, seal.toId),
        purges,
        redactions,
      );
      if (range.problem)
        return finish((range.isSealMismatch ? await findRewrittenSeal(seal) : null) ?? range.problem);
    }
    totals.sealsChecked++;
    totals.eventsChecked += range.events;
    totals.tombstonesChecked += range.tombstones;
    verifiedUpToEventId = seal.toId;
    previous = seal;
    if (options.onProgress && totals.eventsChecked - reportedAt >= PROGRESS_EVERY) {
      reportedAt = totals.eventsChecked;
      options.onProgress(totals.eventsChecked);
    }
  }
  options.onProgress?.(totals.eventsChecked);
  // An erasure may have committed a batch since the index was read: a problem is checked again once.
  let anchors = await checkRedactionAnchors(await loadRedactionIndex());
  if (anchors.problem) anchors = await checkRedactionAnchors(await loadRedactionIndex());
  if (anchors.problem) return finish(anchors.problem);
  return finish(await findPurgeBeyondLastSeal(lastToId));
}

/**
 * A seal rewritten with a consistent hash looks, from its own range, like edited events; the
 * next seal still holds the original's hash, and so tells the two apart.
 */
async function findRewrittenSeal(seal: StoredSeal): Promise<ChainProblem | null> {
  const next = await db.auditSeal.findUnique({ where: { id: seal.id + 1 }, select: { prevHash: true } });
  if (!next || next.prevHash === seal.hash) return null;
  return {
    kind: "seal_edited",
    sealId: seal.id,
    message: `seal ${seal.id} was rewritten after it was written: seal ${seal.id + 1} does not link to it`,
  };
}

/**
 * Retention only purges sealed events, so a tombstone or dropped payload after the last seal
 * means seals at the end of the chain were deleted (the one removal a chain cannot show itself).
 */
async function findPurgeBeyondLastSeal(lastToId: number): Promise<ChainProblem | null> {
  const [tombstone, dropped] = await Promise.all([
    db.auditTombstone.findFirst({
      where: { eventId: { gt: lastToId } },
      orderBy: { eventId: "asc" },
      select: { eventId: true },
    }),
    db.auditEvent.findFirst({
      where: { id: { gt: lastToId }, payloadPurgedAt: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true },
    }),
  ]);
  const eventId = tombstone?.eventId ?? dropped?.id;
  if (eventId === undefined) return null;
  return {
    kind: "seal_missing",
    eventId,
    message: `event ${eventId} was purged by retention but no seal covers it: seals after event ${lastToId} were deleted`,
  };
}
