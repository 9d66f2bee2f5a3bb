import { GENESIS_HASH, sealHash, type SealFields } from "@/lib/audit/seal/seal-hash";
import type { ChainProblem } from "@/lib/audit/seal/integrity-types";

export type StoredSeal = SealFields & { hash: string };

/** A seal on its own and as the next link after the previous one: id, own hash, prevHash, range. */
export function checkSealLink(seal: StoredSeal, previous: StoredSeal | null): ChainProblem | null {
  const expectedId = (previous?.id ?? 0) + 1;
  if (seal.id !== expectedId) {
    const message = previous
      ? `seal ${expectedId} is missing: the chain goes from seal ${previous.id} to seal ${seal.id}`
      : `seal ${expectedId} is missing: the chain starts at seal ${seal.id}`;
    return { kind: "seal_missing", sealId: expectedId, message };
  }
  if (sealHash(seal) !== seal.hash) {
    return {
      kind: "seal_edited",
      sealId: seal.id,
      message: `seal ${seal.id}: its fields do not match its hash (edited after it was written)`,
    };
  }
  if (seal.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    const message = previous
      ? `seal ${seal.id} does not link to seal ${previous.id}: its previous-seal hash is not that seal's hash`
      : `seal 1 does not start the chain: its previous-seal hash is not the starting value`;
    return { kind: "seal_chain_broken", sealId: seal.id, message };
  }
  if (seal.fromId > seal.toId || seal.eventCount < 1 || (previous && seal.fromId <= previous.toId)) {
    return {
      kind: "seal_chain_broken",
      sealId: seal.id,
      message: `seal ${seal.id}: its range ${seal.fromId}–${seal.toId} does not follow the previous seal's`,
    };
  }
  return null;
}
