import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { HashedEventFields } from "@/lib/audit/event-hash";

export type AuditRow = HashedEventFields & { payload: string | null; hash: string };

const COLUMNS = [
  "createdAt", "category", "action", "result", "actorType", "actorId", "actorLabel", "actorHash", "subjectId", "subjectHash",
  "personal", "serverId", "tool", "target", "correlationId", "ip", "userAgent", "durationMs", "details", "payload",
  "payloadDigest", "hash",
] as const satisfies readonly (keyof AuditRow)[];

// PostgreSQL needs the types of the non-text columns spelled out for text parameters.
const PG_CASTS: Partial<Record<(typeof COLUMNS)[number], string>> = { createdAt: "::timestamp", details: "::jsonb", durationMs: "::integer" };
const COLUMN_LIST = COLUMNS.map((c) => `"${c}"`).join(", ");

/**
 * On PostgreSQL every insert holds this advisory lock (shared) until it commits; the sealer takes
 * it exclusively for an instant to learn an id below which no insert is still in flight
 * (lib/audit/seal). Ids come from a sequence, so without it a slow transaction could commit an
 * id lower than one already sealed.
 */
export const AUDIT_INSERT_LOCK = 7_340_001;

/** Dates as Prisma stores them: ISO text on SQLite, UTC timestamps on PostgreSQL. */
function parameter(row: AuditRow, column: (typeof COLUMNS)[number]): unknown {
  const value = row[column];
  if (value instanceof Date) return env.isPostgres ? value.toISOString() : value.toISOString().replace("Z", "+00:00");
  if (column === "details") return value === null ? null : JSON.stringify(value);
  return value;
}

/**
 * One multi-row INSERT for a group commit. Prisma's createMany compiles its query on every call
 * (about 1 ms of CPU per row measured in bench:gateway); audit writes sit on the gateway's hot path.
 */
export async function insertAuditRows(rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = COLUMNS.map((column) => {
      params.push(parameter(row, column));
      return env.isPostgres ? `$${params.length}${PG_CASTS[column] ?? ""}` : "?";
    });
    return `(${placeholders.join(", ")})`;
  });
  if (env.isPostgres) {
    await db.$executeRawUnsafe(
      `WITH insert_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${AUDIT_INSERT_LOCK}))
       INSERT INTO "AuditEvent" (${COLUMN_LIST}) SELECT v.* FROM (VALUES ${tuples.join(", ")}) AS v(${COLUMN_LIST}) CROSS JOIN insert_lock`,
      ...params,
    );
  } else {
    await db.$executeRawUnsafe(`INSERT INTO "AuditEvent" (${COLUMN_LIST}) VALUES ${tuples.join(", ")}`, ...params);
  }
}
