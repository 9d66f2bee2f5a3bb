import "server-only";
import { db } from "@/lib/db";
import type { ManifestSeals } from "@/lib/audit/export/export-manifest";

const NO_SEALS: ManifestSeals = {
  fromSealId: null,
  toSealId: null,
  sealedUpToEventId: null,
  lastSealHash: null,
  unsealedRows: null,
};

export type SealCoverageOptions = {
  firstId: number | null;
  lastId: number | null;
  /** how many exported rows have an id above the given one */
  countRowsAbove: (eventId: number) => Promise<number>;
};

/**
 * The seals whose ranges intersect [firstId, lastId]: an auditor can check the exported hashes
 * against that stretch of the chain (`audit verify`). Rows newer than the last seal are counted
 * as unsealed rather than left unexplained.
 */
export async function findSealCoverage({
  firstId,
  lastId,
  countRowsAbove,
}: SealCoverageOptions): Promise<ManifestSeals> {
  if (firstId === null || lastId === null) return NO_SEALS;
  const range = { fromId: { lte: lastId }, toId: { gte: firstId } };
  const [first, last] = await Promise.all([
    db.auditSeal.findFirst({ where: range, orderBy: { id: "asc" }, select: { id: true } }),
    db.auditSeal.findFirst({
      where: range,
      orderBy: { id: "desc" },
      select: { id: true, toId: true, hash: true },
    }),
  ]);
  if (!first || !last) return NO_SEALS;
  return {
    fromSealId: first.id,
    toSealId: last.id,
    sealedUpToEventId: last.toId,
    lastSealHash: last.hash,
    unsealedRows: last.toId >= lastId ? 0 : await countRowsAbove(last.toId),
  };
}
