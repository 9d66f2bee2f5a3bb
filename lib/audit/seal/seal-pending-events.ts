import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { eventHash } from "@/lib/audit/event-hash";
import { findSealHorizon } from "@/lib/audit/seal/find-seal-horizon";
import { EventsHasher, GENESIS_HASH, sealHash, type SealFields } from "@/lib/audit/seal/seal-hash";

export type SealPendingEventsOptions = { maxEventsPerSeal?: number };
export type SealPendingEventsResult = { sealed: number; seals: number };

type LastSeal = { id: number; toId: number; hash: string } | null;

const DEFAULT_MAX_EVENTS_PER_SEAL = 10_000;

/**
 * Seals every event committed since the last seal, in id order, at most maxEventsPerSeal events
 * per seal. Several processes may run this against one database: seal ids are the primary key, so
 * when two sealers race for the next id one insert fails and that sealer stops; the winner's seal
 * is the chain's next link either way.
 */
export async function sealPendingEvents(
  options: SealPendingEventsOptions = {},
): Promise<SealPendingEventsResult> {
  const maxEventsPerSeal = options.maxEventsPerSeal ?? DEFAULT_MAX_EVENTS_PER_SEAL;
  const result = { sealed: 0, seals: 0 };
  const horizon = await findSealHorizon();
  if (horizon === null) return result;

  let last: LastSeal = await db.auditSeal.findFirst({
    orderBy: { id: "desc" },
    select: { id: true, toId: true, hash: true },
  });
  while ((last?.toId ?? 0) < horizon) {
    const events = await db.auditEvent.findMany({
      where: { id: { gt: last?.toId ?? 0, lte: horizon } },
      orderBy: { id: "asc" },
      take: maxEventsPerSeal,
      select: { id: true, hash: true },
    });
    if (events.length === 0) break;

    const hashes = await withLegacyHashes(events);
    // A redacted event is sealed with the hash it had before (read after the events: a redaction
    // committed in between is then seen either way).
    for (const redaction of await db.auditRedaction.findMany({
      where: { eventId: { gte: events[0].id, lte: events[events.length - 1].id } },
      select: { eventId: true, sealedHash: true },
    }))
      if (hashes.has(redaction.eventId)) hashes.set(redaction.eventId, redaction.sealedHash);
    const hasher = new EventsHasher();
    for (const event of events) hasher.add(event.id, hashes.get(event.id)!);
    const fields: SealFields = {
      id: (last?.id ?? 0) + 1,
      fromId: events[0].id,
      toId: events[events.length - 1].id,
      eventCount: events.length,
      eventsHash: hasher.digest(),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = sealHash(fields);
    try {
      await db.auditSeal.create({ data: { ...fields, hash } });
    } catch (error) {
      // Another process sealed this id first: its seal is the next link, and it goes on from there.
      if (isUniqueViolation(error)) return result;
      throw error;
    }
    last = { id: fields.id, toId: fields.toId, hash };
    result.sealed += events.length;
    result.seals++;
    // A backlog is sealed in chunks; between them, let requests and timers run (SQLite answers synchronously).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

/** Each event's stored hash; rows written before events were hashed get theirs computed. */
async function withLegacyHashes(events: { id: number; hash: string | null }[]): Promise<Map<number, string>> {
  const hashes = new Map<number, string>();
  const legacyIds: number[] = [];
  for (const event of events) {
    if (event.hash === null) legacyIds.push(event.id);
    else hashes.set(event.id, event.hash);
  }
  if (legacyIds.length > 0) {
    for (const row of await db.auditEvent.findMany({ where: { id: { in: legacyIds } } }))
      hashes.set(row.id, eventHash(row));
  }
  return hashes;
}
