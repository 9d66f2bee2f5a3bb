import "server-only";
import { db } from "@/lib/db";
import { eventHash } from "@/lib/audit/event-hash";
import { findAuditEventRows } from "@/lib/audit/search/query-audit-events";
import {
  readAnchorDetails,
  RedactionDigest,
  REDACTION_ANCHOR_ACTION,
  type RedactionAnchorDetails,
} from "@/lib/audit/redaction/redaction-digest";
import type { StoredAuditEvent } from "@/lib/audit/event-view";
import type { ChainProblem } from "@/lib/audit/seal/integrity-types";
import type { RedactionIndex } from "@/lib/audit/seal/redaction-index";

export type AnchorsCheck = { problem: ChainProblem | null; anchorsChecked: number };

const CHUNK = 500;

function unvouched(message: string, eventId?: number): ChainProblem {
  return { kind: "redaction_unvouched", ...(eventId === undefined ? {} : { eventId }), message };
}

async function rowsById(ids: readonly number[]): Promise<Map<number, StoredAuditEvent>> {
  const rows = new Map<number, StoredAuditEvent>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const found = await db.auditEvent.findMany({ where: { id: { in: chunk } } });
    for (const row of found) rows.set(row.id, row);
  }
  return rows;
}

/** Every anchor event, wherever it is (a redaction may be vouched for by an anchor not sealed yet). */
async function anchorRows(referenced: ReadonlySet<number>): Promise<StoredAuditEvent[]> {
  const byAction = await findAuditEventRows(
    { category: ["audit"], action: REDACTION_ANCHOR_ACTION },
    { order: "asc", limit: 1_000_000 },
  );
  const known = new Set(byAction.map((row) => row.id));
  const missing = [...referenced].filter((id) => !known.has(id));
  return [...byAction, ...(await rowsById(missing)).values()];
}

type Line = { eventId: number; sealedHash: string; newHash: string };

/**
 * Each redaction must be vouched for by its anchor: an "audit.events_redacted" event, itself
 * intact, whose details count exactly the events that point at it and whose digest over
 * "<eventId>:<sealedHash>:<newHash>" matches what they hold now (or, for an event redacted again
 * later, the hash the later anchor recorded). A redacted row edited together with its hash, a
 * forged AuditRedaction row or an anchor that does not match all fail here.
 */
export async function checkRedactionAnchors(redactions: RedactionIndex): Promise<AnchorsCheck> {
  const byAnchor = new Map<number, number[]>();
  for (const [eventId, entry] of redactions) {
    const list = byAnchor.get(entry.anchorEventId) ?? [];
    list.push(eventId);
    byAnchor.set(entry.anchorEventId, list);
  }
  const anchors = await anchorRows(new Set(byAnchor.keys()));
  const anchorIds = new Set(anchors.map((a) => a.id));
  for (const anchorEventId of byAnchor.keys()) {
    if (anchorIds.has(anchorEventId)) continue;
    const purged = await db.auditTombstone.findUnique({ where: { eventId: anchorEventId } });
    // Retention may delete an anchor (its tombstone is checked with the chain); without one it is forged or deleted.
    if (!purged) {
      const eventId = byAnchor.get(anchorEventId)![0];
      return {
        problem: unvouched(
          `event ${eventId} is marked redacted by event ${anchorEventId}, which is no redaction anchor`,
          eventId,
        ),
        anchorsChecked: 0,
      };
    }
  }

  const details = new Map<number, RedactionAnchorDetails>();
  for (const anchor of anchors) {
    if (anchor.hash !== null && anchor.hash !== eventHash(anchor)) {
      return {
        problem: {
          kind: "event_edited",
          eventId: anchor.id,
          message: `event ${anchor.id} (a redaction anchor): its content does not match its hash`,
        },
        anchorsChecked: 0,
      };
    }
    const read =
      anchor.category === "audit" && anchor.action === REDACTION_ANCHOR_ACTION
        ? readAnchorDetails(anchor.details)
        : null;
    if (!read) {
      return {
        problem: unvouched(`event ${anchor.id} is named as a redaction anchor but is none`, anchor.id),
        anchorsChecked: 0,
      };
    }
    details.set(anchor.id, read);
  }

  // Earlier anchors' lines for events redacted again: the hash a later anchor recorded.
  const superseded = new Map<number, { eventId: number; hash: string }[]>();
  for (const read of details.values())
    for (const entry of read.superseded ?? []) {
      const list = superseded.get(entry.anchorEventId) ?? [];
      list.push({ eventId: entry.eventId, hash: entry.hash });
      superseded.set(entry.anchorEventId, list);
    }

  let checked = 0;
  for (const [anchorId, read] of details) {
    const eventIds = byAnchor.get(anchorId) ?? [];
    const rows = await rowsById(eventIds);
    const lines: Line[] = [];
    let hasPurgedEvent = false;
    for (const eventId of eventIds) {
      const row = rows.get(eventId);
      if (!row) {
        // Deleted by retention (the chain checks the tombstone): its new hash is gone with it.
        hasPurgedEvent = true;
        continue;
      }
      const computed = eventHash(row);
      if (row.hash !== computed) {
        return {
          problem: {
            kind: "event_edited",
            eventId,
            message: `event ${eventId} (redacted): its content does not match its hash`,
          },
          anchorsChecked: checked,
        };
      }
      lines.push({ eventId, sealedHash: redactions.get(eventId)!.sealedHash, newHash: computed });
    }
    for (const entry of superseded.get(anchorId) ?? []) {
      const sealed = redactions.get(entry.eventId)?.sealedHash;
      if (!sealed) {
        return {
          problem: unvouched(
            `event ${entry.eventId} was redacted again, but its redaction is gone`,
            entry.eventId,
          ),
          anchorsChecked: checked,
        };
      }
      lines.push({ eventId: entry.eventId, sealedHash: sealed, newHash: entry.hash });
    }
    lines.sort((a, b) => a.eventId - b.eventId);

    const digest = new RedactionDigest();
    for (const line of lines) digest.add(line.eventId, line.sealedHash, line.newHash);
    const { firstId, lastId } = digest.range;
    const count = digest.count;
    const matches = hasPurgedEvent
      ? count <= read.count
      : count === read.count &&
        firstId === read.firstId &&
        lastId === read.lastId &&
        digest.digest() === read.digest;
    if (!matches) {
      return {
        problem: unvouched(
          `redaction anchor ${anchorId} vouches for ${read.count} events (${read.firstId}–${read.lastId}); ${count} redactions point at it and they do not match its digest`,
          anchorId,
        ),
        anchorsChecked: checked,
      };
    }
    checked++;
  }
  return { problem: null, anchorsChecked: checked };
}
