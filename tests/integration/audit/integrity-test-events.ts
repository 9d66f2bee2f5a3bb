// Events, seals and hand edits for the integrity tests: rows written through the real write path,
// then changed behind the application's back with raw SQL, as someone with database access would.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";

export type WriteEventsOptions = {
  withPayload?: boolean;
  /** "tool" unless given */ category?: "tool" | "gateway";
};

/** Writes events through prepareAuditRow + insertAuditRows and returns their ids, in order. */
export async function writeEvents(count: number, options: WriteEventsOptions = {}): Promise<number[]> {
  const marker = randomBytes(4).toString("hex");
  const rows = await Promise.all(
    Array.from({ length: count }, (_, n) =>
      prepareAuditRow({
        category: options.category ?? "tool",
        action: "call",
        result: "success",
        actor: { type: "api_key", id: `key-${marker}`, label: `integrity (ghk_${marker})` },
        tool: "echo",
        details: { marker, n },
        ...(options.withPayload ? { payload: { message: `hello ${marker} ${n}` } } : {}),
      }),
    ),
  );
  await insertAuditRows(rows);
  const written = await db.auditEvent.findMany({
    where: { actorId: `key-${marker}` },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return written.map((row) => row.id);
}

/** A statement run directly against the database, bypassing the application. */
export async function tamper(sql: string): Promise<void> {
  await db.$executeRawUnsafe(sql);
}

/** An instant as the database stores it, for raw SQL: ISO text on SQLite, a timestamp literal on PostgreSQL. */
export function sqlInstant(date: Date, isPostgres: boolean): string {
  return isPostgres ? `'${date.toISOString()}'::timestamp` : `'${date.toISOString().replace("Z", "+00:00")}'`;
}

/** Puts a deleted event back exactly as it was read. */
export async function restoreEvent(
  row: Awaited<ReturnType<typeof db.auditEvent.findUniqueOrThrow>>,
): Promise<void> {
  const { details, ...rest } = row;
  await db.auditEvent.create({ data: { ...rest, ...(details === null ? {} : { details }) } });
}

/** The seal whose range holds the event. */
export async function sealCovering(eventId: number) {
  return db.auditSeal.findFirstOrThrow({ where: { fromId: { lte: eventId }, toId: { gte: eventId } } });
}

/** toId of the last seal before the one holding the event: what a verification stopping there vouches for. */
export async function verifiedBefore(eventId: number): Promise<number | null> {
  const seal = await db.auditSeal.findFirst({
    where: { toId: { lt: eventId } },
    orderBy: { id: "desc" },
    select: { toId: true },
  });
  return seal?.toId ?? null;
}
