import "server-only";
import { db } from "@/lib/db";
import { BatchedCursor } from "@/lib/audit/seal/batched-cursor";
import { readEventRows } from "@/lib/audit/seal/read-event-rows";
import type { HashedEventFields } from "@/lib/audit/event-hash";

export type EventRow = HashedEventFields & {
  id: number;
  hash: string | null;
  payload: string | null;
  payloadPurgedAt: Date | null;
};
export type TombstoneRow = {
  eventId: number;
  hash: string;
  category: string;
  eventAt: Date;
  purgeId: string;
};

/** What a seal covers: live events, and the tombstones of events retention deleted. */
export type SealedItem =
  { kind: "event"; id: number; row: EventRow } | { kind: "tombstone"; id: number; tombstone: TombstoneRow };

const BATCH_SIZE = 5_000;

/** Events and tombstones with ids in (afterId, upToId], merged in id order, read in batches. */
export class SealedItems {
  private readonly events: BatchedCursor<EventRow>;
  private readonly tombstones: BatchedCursor<TombstoneRow>;

  constructor(afterId: number, upToId: number) {
    this.events = new BatchedCursor<EventRow>(
      (after, take) => readEventRows(after, upToId, take),
      (row) => row.id,
      afterId,
      BATCH_SIZE,
    );
    this.tombstones = new BatchedCursor<TombstoneRow>(
      (after, take) =>
        db.auditTombstone.findMany({
          where: { eventId: { gt: after, lte: upToId } },
          orderBy: { eventId: "asc" },
          take,
        }),
      (row) => row.eventId,
      afterId,
      BATCH_SIZE,
    );
  }

  /** The next item without consuming it (an event before a tombstone with the same id). */
  async peek(): Promise<SealedItem | undefined> {
    const event = await this.events.peek();
    const tombstone = await this.tombstones.peek();
    if (event && (!tombstone || event.id <= tombstone.eventId))
      return { kind: "event", id: event.id, row: event };
    if (tombstone) return { kind: "tombstone", id: tombstone.eventId, tombstone };
    return undefined;
  }

  take(item: SealedItem): void {
    if (item.kind === "event") this.events.take();
    else this.tombstones.take();
  }

  /** Consumes every item up to and including the given id. */
  async skipThrough(id: number): Promise<void> {
    for (let item = await this.peek(); item && item.id <= id; item = await this.peek()) this.take(item);
  }
}
