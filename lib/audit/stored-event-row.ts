import "server-only";
import type { StoredAuditEvent } from "@/lib/audit/event-view";

// Search, export and the chain verifier read AuditEvent with raw SQL: Prisma's findMany spends
// about 35 µs per row mapping results, a minute on a million-event verification. Prisma still
// decodes raw values by column type on both providers (DateTime as Date, Json parsed); the
// mapping below holds it to that, because the verifier hashes exactly what it gets.

export const AUDIT_EVENT_COLUMNS = [
  "id",
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
  "payloadPurgedAt",
  "hash",
] as const;

/** The column list for a SELECT of a whole event. */
export const AUDIT_EVENT_SELECT_LIST = AUDIT_EVENT_COLUMNS.map((c) => `"${c}"`).join(", ");

type RawRow = Record<string, unknown>;

/** One raw row as a stored event; throws if a column came back in an unexpected type. */
export function toStoredEvent(row: RawRow): StoredAuditEvent {
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
    actorSubjectId: optionalText(row, "actorSubjectId"),
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

function text(row: RawRow, column: string): string {
  const value = row[column];
  if (typeof value !== "string")
    throw new Error(`AuditEvent ${String(row.id)}: ${column} was read as ${typeof value}, not text`);
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
