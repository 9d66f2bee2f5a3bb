import "server-only";
import { eventHash, payloadDigestOf } from "@/lib/audit/event-hash";
import type { ChainProblem } from "@/lib/audit/seal/integrity-types";
import type { PurgeIndex } from "@/lib/audit/seal/purge-index";
import type { RedactionIndex } from "@/lib/audit/seal/redaction-index";
import { retentionClassForCategory } from "@/lib/audit/retention/retention-classes";
import type { EventRow, SealedItem, TombstoneRow } from "@/lib/audit/seal/sealed-items";

export type ItemCheck = { problem: ChainProblem } | { problem: null; hash: string };

/**
 * Checks one sealed item on its own and returns the hash it contributes to its seal's eventsHash.
 * A redacted event must match its new hash and contributes the hash it was sealed with; its
 * anchor's digest vouches for the pair (check-redaction-anchors.ts).
 */
export function checkSealedItem(item: SealedItem, purges: PurgeIndex, redactions: RedactionIndex): ItemCheck {
  return item.kind === "event"
    ? checkEvent(item.row, purges, redactions)
    : checkTombstone(item.tombstone, purges);
}

function checkEvent(row: EventRow, purges: PurgeIndex, redactions: RedactionIndex): ItemCheck {
  const computed = eventHash(row);
  // Rows written before events were hashed have no stored hash; the sealer used the computed one.
  if (row.hash !== null && row.hash !== computed) {
    return {
      problem: {
        kind: "event_edited",
        eventId: row.id,
        message: `event ${row.id}: its content does not match its hash (edited after it was written)`,
      },
    };
  }
  if (row.payload !== null) {
    if (row.payloadDigest === null || payloadDigestOf(row.payload) !== row.payloadDigest) {
      return {
        problem: {
          kind: "payload_edited",
          eventId: row.id,
          message: `event ${row.id}: its payload does not match its payload digest (edited after it was written)`,
        },
      };
    }
  } else if (row.payloadDigest !== null) {
    // Only a run of the event's own class, set to drop payloads, with a cutoff past the event.
    const retentionClass = retentionClassForCategory(row.category);
    const cutoff =
      retentionClass.mode === "drop_payload"
        ? purges.latestDropPayloadCutoff.get(retentionClass.key)
        : undefined;
    const isDroppedByRetention =
      row.payloadPurgedAt !== null && cutoff !== undefined && cutoff > row.createdAt;
    if (!isDroppedByRetention) {
      return {
        problem: {
          kind: "payload_dropped_without_purge",
          eventId: row.id,
          message: `event ${row.id}: its payload was removed, but no retention run of its class (${retentionClass.key}) dropped payloads of events that old`,
        },
      };
    }
  }
  return { problem: null, hash: redactions.get(row.id)?.sealedHash ?? row.hash ?? computed };
}

function checkTombstone(tombstone: TombstoneRow, purges: PurgeIndex): ItemCheck {
  const purge = purges.byId.get(tombstone.purgeId);
  // The run must be of the class the deleted event belonged to, as for dropped payloads.
  const isOwnClass = purge?.policy === retentionClassForCategory(tombstone.category).key;
  if (!purge || !isOwnClass || purge.mode !== "delete" || !(purge.cutoff > tombstone.eventAt)) {
    return {
      problem: {
        kind: "tombstone_without_purge",
        eventId: tombstone.eventId,
        message: `event ${tombstone.eventId} was deleted, but no retention run that deleted events that old accounts for it`,
      },
    };
  }
  return { problem: null, hash: tombstone.hash };
}
