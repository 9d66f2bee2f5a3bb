import "server-only";
import type BetterSqlite3 from "better-sqlite3";
import { db, sqliteConnection } from "@/lib/db";
import { env } from "@/lib/env";
import { storedInstant } from "@/lib/db/dialect";
import { postgresAuditPool } from "@/lib/audit/postgres-audit-pool";
import type { HashedEventFields } from "@/lib/audit/event-hash";

export type AuditRow = HashedEventFields & { payload: string | null; hash: string };

const COLUMNS = [
  "createdAt",
  "category",
  "action",
  "result",
  "actorType",
  "actorId",
  "actorLabel",
  "actorHash",
  "actorSubjectId",
  "subjectId",
  "subjectHash",
  "personal",
  "serverId",
  "tool",
  "target",
  "correlationId",
  "ip",
  "userAgent",
  "durationMs",
  "details",
  "payload",
  "payloadDigest",
  "hash",
] as const satisfies readonly (keyof AuditRow)[];

// PostgreSQL needs the types of the non-text columns spelled out.
const PG_CASTS: Partial<Record<(typeof COLUMNS)[number], string>> = {
  createdAt: "::timestamp",
  details: "::jsonb",
  durationMs: "::integer",
};
const COLUMN_LIST = COLUMNS.map((c) => `"${c}"`).join(", ");

/**
 * On PostgreSQL every insert holds this advisory lock (shared) until it commits; the sealer takes
 * it exclusively for an instant to learn an id below which no insert is still in flight
 * (lib/audit/seal). Ids come from a sequence, so without it a slow transaction could commit an
 * id lower than one already sealed.
 */
export const AUDIT_INSERT_LOCK = 7_340_001;

// The whole batch travels as ONE JSON parameter (an array of rows, each an array of column values)
// that the database expands itself. Thousands of bound parameters cost ~60 µs per row in the
// Prisma driver adapters (bench:audit); one JSON text costs a few.
const SQLITE_INSERT = `INSERT INTO "AuditEvent" (${COLUMN_LIST}) SELECT ${COLUMNS.map((_, i) => `value->>${i}`).join(", ")} FROM json_each(?)`;
const PG_INSERT = `WITH insert_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${AUDIT_INSERT_LOCK}))
  INSERT INTO "AuditEvent" (${COLUMN_LIST})
  SELECT ${COLUMNS.map((c, i) => `(r->>${i})${PG_CASTS[c] ?? ""}`).join(", ")} FROM json_array_elements($1::json) AS r CROSS JOIN insert_lock`;

// Named, so that each pool connection parses and plans it once rather than on every group commit:
// a single-row commit took 0.65-0.71 ms against 0.83-1.0 ms unnamed on the 2-core bench machine.
const PG_INSERT_NAME = "gatehouse.audit-insert";

/** Dates as Prisma stores them: ISO text on SQLite, UTC timestamps on PostgreSQL; details as JSON text. */
function columnValues(row: AuditRow): unknown[] {
  return COLUMNS.map((column) => {
    const value = row[column];
    if (value instanceof Date) return storedInstant(value);
    if (column === "details") return value === null ? null : JSON.stringify(value);
    return value;
  });
}

/** The SQLite INSERT prepared once per connection (a reopened database gets its own). */
const sqliteInserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string]>>();

async function insertIntoSqlite(batch: string): Promise<void> {
  const connection = await sqliteConnection();
  let insert = sqliteInserts.get(connection);
  if (!insert) {
    insert = connection.prepare<[string]>(SQLITE_INSERT);
    sqliteInserts.set(connection, insert);
  }
  insert.run(batch);
}

/**
 * One INSERT for a group commit (Prisma's createMany compiles its query per call: ~1 ms per row),
 * sent past Prisma on both databases: its own pool on PostgreSQL, Prisma's own connection on SQLite.
 */
export async function insertAuditRows(rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = JSON.stringify(rows.map(columnValues));
  if (env.isPostgres)
    await postgresAuditPool().query({ name: PG_INSERT_NAME, text: PG_INSERT, values: [batch] });
  else await insertIntoSqlite(batch);
}

type RawExecutor = Pick<typeof db, "$queryRawUnsafe">;

/**
 * The same INSERT inside a caller's transaction (a redaction's anchor event), returning the new
 * ids in insertion order. On PostgreSQL the insert lock is then held until that transaction commits.
 */
export async function insertAuditRowsIn(tx: RawExecutor, rows: readonly AuditRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const batch = JSON.stringify(rows.map(columnValues));
  const inserted = await tx.$queryRawUnsafe<{ id: unknown }[]>(
    `${env.isPostgres ? PG_INSERT : SQLITE_INSERT} RETURNING "id"`,
    batch,
  );
  return inserted.map((row) => Number(row.id)).sort((a, b) => a - b);
}
