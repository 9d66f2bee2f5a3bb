import "server-only";
import { db } from "@/lib/db";

/** A redacted event: the hash its seal covers, and the anchor event that vouches for the rewrite. */
export type RedactionEntry = { sealedHash: string; anchorEventId: number };

/** Every AuditRedaction by event id (one per event an erasure rewrote). */
export type RedactionIndex = ReadonlyMap<number, RedactionEntry>;

const PAGE = 10_000;

/** All redactions, read in pages (a few per legacy event of each erased person). */
export async function loadRedactionIndex(): Promise<RedactionIndex> {
  const index = new Map<number, RedactionEntry>();
  for (let afterId = 0; ;) {
    const rows = await db.auditRedaction.findMany({
      where: { eventId: { gt: afterId } },
      orderBy: { eventId: "asc" },
      take: PAGE,
      select: { eventId: true, sealedHash: true, anchorEventId: true },
    });
    for (const row of rows)
      index.set(row.eventId, { sealedHash: row.sealedHash, anchorEventId: row.anchorEventId });
    if (rows.length < PAGE) return index;
    afterId = rows[rows.length - 1].eventId;
  }
}
