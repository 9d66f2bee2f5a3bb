import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { escapeLike } from "@/lib/db/escape-like";
import { caseInsensitiveLike, SqlParams, storedInstant } from "@/lib/db/dialect";
import {
  legacyHashesOfSubject,
  subjectEventsOfEmail,
  subjectEventsSql,
} from "@/lib/audit/search/subject-events-condition";
import { timeBounds, type AuditFilters } from "@/lib/audit/search/audit-filters";
import type { StoredAuditEvent } from "@/lib/audit/event-view";
import { AUDIT_EVENT_SELECT_LIST, toStoredEvent } from "@/lib/audit/stored-event-row";

// Search, export and the chain verifier share one SQL builder over AuditEvent. Raw SQL rather than Prisma's where:
// free text runs over the details JSON (LIKE / ILIKE on its text), which Prisma's Json filters
// cannot express on both providers, and raw rows skip Prisma's per-row cost (stored-event-row.ts).
// Order is by id (insertion order): it is unique, so cursors never skip events with equal times.

export type RowPage = {
  /** newest first ("desc", for search) or oldest first ("asc", for export) */
  order: "desc" | "asc";
  /** desc: ids below this; asc: ids above this */
  cursor?: number;
  /** never beyond this id (an export's snapshot) */
  maxId?: number;
  limit: number;
};

class SqlConditions {
  readonly clauses: string[] = [];
  private readonly collected = new SqlParams();

  get params(): unknown[] {
    return this.collected.values;
  }

  /** The statement's parameters, for condition builders that add their own. */
  get sqlParams(): SqlParams {
    return this.collected;
  }

  param(value: unknown, pgCast = ""): string {
    return this.collected.add(value, pgCast);
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  get where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(" AND ")}` : "";
  }
}

async function filterConditions(filters: AuditFilters, sql = new SqlConditions()): Promise<SqlConditions> {
  const { from, to } = timeBounds(filters);
  if (from) sql.add(`"createdAt" >= ${sql.param(storedInstant(from), "::timestamp")}`);
  if (to) sql.add(`"createdAt" <= ${sql.param(storedInstant(to), "::timestamp")}`);
  const inList = (column: string, values: readonly string[]) =>
    values.length === 1
      ? `"${column}" = ${sql.param(values[0])}`
      : `"${column}" IN (${values.map((v) => sql.param(v)).join(", ")})`;
  if (filters.category?.length) sql.add(inList("category", filters.category));
  if (filters.result?.length) sql.add(inList("result", filters.result));
  if (filters.action) sql.add(`"action" = ${sql.param(filters.action)}`);
  if (filters.actorType) sql.add(`"actorType" = ${sql.param(filters.actorType)}`);
  if (filters.actor) sql.add(`"actorId" = ${sql.param(filters.actor)}`);
  if (filters.server) sql.add(`"serverId" = ${sql.param(filters.server)}`);
  if (filters.tool) sql.add(`"tool" = ${sql.param(filters.tool)}`);
  if (filters.correlationId) sql.add(`"correlationId" = ${sql.param(filters.correlationId)}`);
  // Events name people by pseudonym only; the subject registry links the email to it.
  if (filters.person) sql.add(subjectEventsSql(await subjectEventsOfEmail(filters.person), sql.sqlParams));
  if (filters.subject) {
    const legacyHashes = await legacyHashesOfSubject(filters.subject);
    sql.add(subjectEventsSql({ id: filters.subject, legacyHashes }, sql.sqlParams));
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    // SQLite's LIKE is case-insensitive for ASCII; PostgreSQL needs ILIKE.
    const like = caseInsensitiveLike();
    const text = env.isPostgres ? `"details"::text` : `"details"`;
    const columns = [text, `"target"`, `"tool"`, `"action"`];
    sql.add(`(${columns.map((c) => `${c} ${like} ${sql.param(pattern)} ESCAPE '\\'`).join(" OR ")})`);
  }
  return sql;
}

/** One page of stored rows matching the filters. */
export async function findAuditEventRows(filters: AuditFilters, page: RowPage): Promise<StoredAuditEvent[]> {
  const sql = await filterConditions(filters);
  // bigint: a bound beyond the integer range (e.g. "no upper bound") still compares, and indexes still apply.
  if (page.cursor !== undefined)
    sql.add(`"id" ${page.order === "desc" ? "<" : ">"} ${sql.param(page.cursor, "::bigint")}`);
  if (page.maxId !== undefined) sql.add(`"id" <= ${sql.param(page.maxId, "::bigint")}`);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${AUDIT_EVENT_SELECT_LIST} FROM "AuditEvent" ${sql.where} ORDER BY "id" ${page.order === "desc" ? "DESC" : "ASC"} LIMIT ${sql.param(page.limit)}`,
    ...sql.params,
  );
  return rows.map(toStoredEvent);
}

/** How many events match (for export progress); bounded by maxId when given. */
export async function countAuditEvents(filters: AuditFilters, maxId?: number): Promise<number> {
  const sql = await filterConditions(filters);
  if (maxId !== undefined) sql.add(`"id" <= ${sql.param(maxId)}`);
  const [row] = await db.$queryRawUnsafe<{ count: unknown }[]>(
    `SELECT COUNT(*) AS count FROM "AuditEvent" ${sql.where}`,
    ...sql.params,
  );
  return Number(row?.count ?? 0);
}

/** The newest event id now: an export covers events up to it, whatever is written meanwhile. */
export async function latestAuditEventId(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ maxId: unknown }[]>(
    `SELECT MAX("id") AS "maxId" FROM "AuditEvent"`,
  );
  return Number(row?.maxId ?? 0);
}

/** Every matching row up to maxId in id order, a batch at a time (constant memory). */
export async function* iterateAuditEventRows(
  filters: AuditFilters,
  options: { maxId: number; batchSize?: number },
): AsyncGenerator<StoredAuditEvent[]> {
  let cursor = 0;
  for (;;) {
    const batch = await findAuditEventRows(filters, {
      order: "asc",
      cursor,
      maxId: options.maxId,
      limit: options.batchSize ?? 2000,
    });
    if (batch.length === 0) return;
    yield batch;
    cursor = batch[batch.length - 1].id;
  }
}
