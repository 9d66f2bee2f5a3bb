import "server-only";
import { checkSealedItem } from "@/lib/audit/seal/check-sealed-item";
import { EventsHasher } from "@/lib/audit/seal/seal-hash";
import type { StoredSeal } from "@/lib/audit/seal/check-seal-link";
import type { ChainProblem } from "@/lib/audit/seal/integrity-types";
import type { PurgeIndex } from "@/lib/audit/seal/purge-index";
import type { RedactionIndex } from "@/lib/audit/seal/redaction-index";
import type { SealedItems } from "@/lib/audit/seal/sealed-items";

export type RangeCheck = {
  problem: ChainProblem | null;
  /** The items each checked out, but together they do not match the seal's count or eventsHash. */
  isSealMismatch: boolean;
  events: number;
  tombstones: number;
};

/**
 * Reads a seal's events and tombstones from the cursor (everything up to seal.toId that comes
 * next, so items between the previous seal and this one are caught too), checks each, and
 * recomputes the seal's count and eventsHash.
 */
export async function checkSealedRange(
  seal: StoredSeal,
  items: SealedItems,
  purges: PurgeIndex,
  redactions: RedactionIndex,
): Promise<RangeCheck> {
  const hasher = new EventsHasher();
  const result: RangeCheck = { problem: null, isSealMismatch: false, events: 0, tombstones: 0 };
  let previousId: number | null = null;
  let expectedNextId = seal.fromId;
  let firstMissingId: number | null = null;

  for (let item = await items.peek(); item && item.id <= seal.toId; item = await items.peek()) {
    items.take(item);
    if (item.id < seal.fromId) {
      return fail(result, {
        kind: "event_inserted",
        eventId: item.id,
        sealId: seal.id,
        message: `event ${item.id} is not covered by any seal although later events are (inserted after sealing)`,
      });
    }
    if (item.id === previousId) {
      return fail(result, {
        kind: "event_inserted",
        eventId: item.id,
        sealId: seal.id,
        message: `event ${item.id} exists both as an event and as a tombstone`,
      });
    }
    const check = checkSealedItem(item, purges, redactions);
    if (check.problem) return fail(result, { ...check.problem, sealId: seal.id });
    hasher.add(item.id, check.hash);
    if (item.kind === "event") result.events++;
    else result.tombstones++;
    // Ids come from a sequence, so the first hole in them is the likeliest deleted event.
    if (firstMissingId === null && item.id > expectedNextId) firstMissingId = expectedNextId;
    expectedNextId = item.id + 1;
    previousId = item.id;
  }
  if (firstMissingId === null && expectedNextId <= seal.toId) firstMissingId = expectedNextId;

  const present = hasher.count;
  if (present === seal.eventCount && hasher.digest() === seal.eventsHash) return result;
  return { ...result, problem: describeMismatch(seal, present, firstMissingId), isSealMismatch: true };
}

function fail(result: RangeCheck, problem: ChainProblem): RangeCheck {
  return { ...result, problem };
}

function describeMismatch(seal: StoredSeal, present: number, firstMissingId: number | null): ChainProblem {
  const covers = `seal ${seal.id} covers events ${seal.fromId}–${seal.toId}`;
  if (present < seal.eventCount) {
    const which = firstMissingId === null ? "" : ` (event ${firstMissingId} is the first one missing)`;
    return {
      kind: "event_missing",
      sealId: seal.id,
      ...(firstMissingId === null ? {} : { eventId: firstMissingId }),
      message: `${covers}: ${present} present, ${seal.eventCount} sealed — an event was deleted${which}`,
    };
  }
  if (present > seal.eventCount) {
    return {
      kind: "event_inserted",
      sealId: seal.id,
      message: `${covers}: ${present} present, ${seal.eventCount} sealed — an event was inserted`,
    };
  }
  return {
    kind: "event_edited",
    sealId: seal.id,
    message: `${covers}: the events no longer match the seal — an event was edited together with its stored hash`,
  };
}
