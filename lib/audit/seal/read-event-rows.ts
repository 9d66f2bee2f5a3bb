import "server-only";
import { db } from "@/lib/db";
import type { EventRow } from "@/lib/audit/seal/sealed-items";

const COLUMNS = [
  "id", "createdAt", "category", "action", "result", "actorType", "actorId", "actorLabel", "actorHash", "subjectId", "subjectHash",
  "personal", "serverId", "tool", "target", "correlationId", "ip", "userAgent", "durationMs", "details", "payload", "payloadDigest",
  "payloadPurgedAt", "hash",
] as const;
const COLUMN_LIST = COLUMNS.map((c) => `"${c}"`).join(", ");

type RawRow = Record<string, unknown>;

/**
 * Events with ids in (afterId, upToId], in id order, as the verifier hashes them. A raw query,
 * because Prisma's findMany spends about 35 µs per row mapping results (a million-event
 * verification would take a minute on that alone); Prisma still decodes raw values by column
 * type on both providers (DateTime as Date, Json parsed), and the checks below hold it to that.
 */
export async function readEventRows(afterId: number, upToId: number, take: number): Promise<EventRow[]> {
  const rows = await db.$queryRawUnsafe<RawRow[]>(
    `SELECT ${COLUMN_LIST} FROM "AuditEvent" WHERE "id" > ${integer(afterId)} AND "id" <= ${integer(upToId)} ORDER BY "id" LIMIT ${integer(take)}`,
  );
  return rows.map(toEventRow);
}

function toEventRow(row: RawRow): EventRow {
  return {
    id: Number(row.id),
    createdAt: date(row, "createdAt"),
    category: text(row, "category"),
    action: text(row, "action"),
    result: text(row, "result"),
    actorType: text(row, "actorType"),
    actorId: optionalText(row, "actorId"),
    actorLabel: optionalText(row, "actorLabel"),
    actorHash: optionalText(row, "actorHash"),
    subjectId: optionalText(row, "subjectId"),
    subjectHash: optionalText(row, "subjectHash"),
    personal: optionalText(row, "personal"),
    serverId: optionalText(row, "serverId"),
    tool: optionalText(row, "tool"),
    target: optionalText(row, "target"),
    correlationId: optionalText(row, "correlationId"),
    ip: optionalText(row, "ip"),
    userAgent: optionalText(row, "userAgent"),
    durationMs: row.durationMs === null ? null : Number(row.durationMs),
    details: row.details,
    payload: optionalText(row, "payload"),
    payloadDigest: optionalText(row, "payloadDigest"),
    payloadPurgedAt: row.payloadPurgedAt === null ? null : date(row, "payloadPurgedAt"),
    hash: optionalText(row, "hash"),
  };
}

function integer(value: number): number {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer id: ${value}`);
  return value;
}

function text(row: RawRow, column: string): string {
  const value = row[column];
  if (typeof value !== "string") throw new Error(`AuditEvent ${String(row.id)}: ${column} was read as ${typeof value}, not text`);
  return value;
}

function optionalText(row: RawRow, column: string): string | null {
  return row[column] === null ? null : text(row, column);
}

function date(row: RawRow, column: string): Date {
  const value = row[column];
  if (value instanceof Date) return value;
  throw new Error(`AuditEvent ${String(row.id)}: ${column} was read as ${typeof value}, not a date`);
}
