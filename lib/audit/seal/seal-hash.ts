import { createHash, type Hash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

/** The prevHash of the first seal. */
export const GENESIS_HASH = "0".repeat(64);

/** What a seal's own hash covers: its place in the chain and what it says about its events. */
export type SealFields = {
  id: number;
  fromId: number;
  toId: number;
  eventCount: number;
  eventsHash: string;
  prevHash: string;
};

/** SHA-256 over the seal's fields and the previous seal's hash; shared by the sealer and the verifier. */
export function sealHash(seal: SealFields): string {
  return sha256Hex(
    canonicalJson([seal.prevHash, seal.id, seal.fromId, seal.toId, seal.eventCount, seal.eventsHash]),
  );
}

/**
 * The eventsHash of a seal, built one event at a time in id order: SHA-256 over "<id>:<hash>\n"
 * for every event in the range (deleted events by their tombstone's hash). Incremental, so that
 * neither the sealer nor the verifier holds a seal's events in memory.
 */
export class EventsHasher {
  private readonly hash: Hash = createHash("sha256");
  private itemCount = 0;

  add(eventId: number, eventHash: string): void {
    this.hash.update(`${eventId}:${eventHash}\n`, "utf8");
    this.itemCount++;
  }

  get count(): number {
    return this.itemCount;
  }

  /** The hex digest; the hasher cannot be used afterwards. */
  digest(): string {
    return this.hash.digest("hex");
  }
}
