import "server-only";
import { db } from "@/lib/db";
import { SqlParams } from "@/lib/db/dialect";
import type { StoredAuditEvent } from "@/lib/audit/event-view";
import { AUDIT_EVENT_COLUMNS, toStoredEvent } from "@/lib/audit/stored-event-row";
import { subjectEventsWhere, type EventCondition } from "@/lib/privacy/access/subject-events-where";

export type ReadSubjectEventsOptions = { batchSize?: number; maxId?: number };

/**
 * Rows per batch: small enough that a batch and what is made of it (views, records, text) stays in
 * V8's young generation, as the audit export found (lib/audit/export/export-chunks.ts).
 */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Every column toStoredEvent reads, but NULL for those an export never shows (legacy keyed hashes,
 * the payload's digest): less text through the driver for every row.
 */
const NOT_EXPORTED = new Set(["actorHash", "subjectHash", "payloadDigest"]);
const SELECT_LIST = AUDIT_EVENT_COLUMNS.map((c) => (NOT_EXPORTED.has(c) ? `NULL AS "${c}"` : `"${c}"`)).join(
  ", ",
);

type BatchQuery = { conditions: EventCondition[]; limit: number; maxId?: number };

function batchQuery({ conditions, limit, maxId }: BatchQuery, cursor: number) {
  const params = new SqlParams();
  // Each alternative pages its own index in id order; the union of their first `limit` ids holds
  // the first `limit` ids of the whole set.
  // Parameters in text order: SQLite's "?" placeholders are positional.
  const branches = conditions.map((condition, i) => {
    const where = condition(params);
    const bounds = [`"id" > ${params.add(cursor, "::bigint")}`];
    if (maxId !== undefined) bounds.push(`"id" <= ${params.add(maxId, "::bigint")}`);
    return `SELECT "id" FROM (SELECT "id" FROM "AuditEvent" WHERE (${where}) AND ${bounds.join(" AND ")} ORDER BY "id" LIMIT ${params.add(limit, "::bigint")}) AS b${i}`;
  });
  const sql = `SELECT ${SELECT_LIST} FROM "AuditEvent" WHERE "id" IN (${branches.join(" UNION ")}) ORDER BY "id" LIMIT ${params.add(limit, "::bigint")}`;
  return { sql, values: params.values };
}

async function readBatch(query: BatchQuery, cursor: number) {
  const { sql, values } = batchQuery(query, cursor);
  return (await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values)).map(toStoredEvent);
}

/**
 * The subject's events in id order, a batch at a time (keyset pagination: memory stays flat). The
 * next batch is read while the caller works on this one (on PostgreSQL that overlaps; SQLite's
 * driver answers at once), so at most two batches are in memory.
 */
export async function* readSubjectEvents(
  subjectId: string,
  options: ReadSubjectEventsOptions = {},
): AsyncGenerator<StoredAuditEvent[]> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Awaited so that an async rule (one that looks up legacy hashes first) drops in unchanged.
  const query: BatchQuery = { conditions: await subjectEventsWhere(subjectId), limit, maxId: options.maxId };
  let pending: Promise<StoredAuditEvent[]> | null = readBatch(query, 0);
  try {
    while (pending) {
      const rows: StoredAuditEvent[] = await pending;
      pending = rows.length === limit ? readBatch(query, rows[rows.length - 1].id) : null;
      // Handled when awaited on the next turn; this only keeps an early failure from being reported as unhandled.
      pending?.catch(() => undefined);
      if (rows.length) yield rows;
    }
  } finally {
    await pending?.catch(() => undefined);
  }
}
