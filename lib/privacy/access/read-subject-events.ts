import "server-only";
import { db } from "@/lib/db";
import { SqlParams } from "@/lib/db/dialect";
import type { StoredAuditEvent } from "@/lib/audit/event-view";
import { AUDIT_EVENT_COLUMNS, toStoredEvent } from "@/lib/audit/stored-event-row";
import { subjectEventsWhere } from "@/lib/privacy/access/subject-events-where";

export type ReadSubjectEventsOptions = { batchSize?: number; maxId?: number };

/**
 * Rows per batch: small enough that a batch and what is made of it (views, records, text) stays in
 * V8's young generation, as the audit export found (lib/audit/export/export-chunks.ts).
 */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Every column toStoredEvent reads, but NULL for those an export never shows (legacy keyed hashes,
 * the payload's digest): less text through the driver per row, and a third less garbage for the
 * collector on the way (peak RSS of a 100,000-event export).
 */
const NOT_EXPORTED = new Set(["actorHash", "subjectHash", "payloadDigest"]);
const SELECT_LIST = AUDIT_EVENT_COLUMNS.map((c) => (NOT_EXPORTED.has(c) ? `NULL AS "${c}"` : `"${c}"`)).join(
  ", ",
);

function batchQuery(subjectId: string, cursor: number, limit: number, maxId?: number) {
  const params = new SqlParams();
  // Each alternative pages its own index in id order; the union of their first `limit` ids holds
  // the first `limit` ids of the whole set.
  // Parameters in text order: SQLite's "?" placeholders are positional.
  const branches = subjectEventsWhere(subjectId).map((condition, i) => {
    const where = condition(params);
    const bounds = [`"id" > ${params.add(cursor, "::bigint")}`];
    if (maxId !== undefined) bounds.push(`"id" <= ${params.add(maxId, "::bigint")}`);
    return `SELECT "id" FROM (SELECT "id" FROM "AuditEvent" WHERE (${where}) AND ${bounds.join(" AND ")} ORDER BY "id" LIMIT ${params.add(limit, "::bigint")}) AS b${i}`;
  });
  const sql = `SELECT ${SELECT_LIST} FROM "AuditEvent" WHERE "id" IN (${branches.join(" UNION ")}) ORDER BY "id" LIMIT ${params.add(limit, "::bigint")}`;
  return { sql, values: params.values };
}

/** The subject's events in id order, a batch at a time (keyset pagination: memory stays flat). */
export async function* readSubjectEvents(
  subjectId: string,
  options: ReadSubjectEventsOptions = {},
): AsyncGenerator<StoredAuditEvent[]> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let cursor = 0;
  for (;;) {
    const { sql, values } = batchQuery(subjectId, cursor, limit, options.maxId);
    const rows = (await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values)).map(toStoredEvent);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < limit) return;
    cursor = rows[rows.length - 1].id;
  }
}
