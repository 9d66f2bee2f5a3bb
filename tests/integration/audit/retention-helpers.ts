// Events written straight to the table with an old createdAt, as the write path would have
// written them then, and the questions retention tests ask about them afterwards.
import { db } from "@/lib/db";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { AuditActor, AuditEventInput } from "@/lib/audit/audit-event-types";
import { uniqueName } from "../../helpers/fixtures";

const DAY_MS = 86_400_000;

export function daysAgo(days: number, from = new Date()): Date {
  return new Date(from.getTime() - days * DAY_MS);
}

/** Writes one event created at `createdAt` and returns its id. */
export async function insertEventAt(createdAt: Date, input: Omit<AuditEventInput, "meta">): Promise<number> {
  const correlationId = uniqueName("retention");
  await insertAuditRows([await prepareAuditRow({ ...input, meta: { correlationId } }, createdAt)]);
  const row = await db.auditEvent.findFirstOrThrow({ where: { correlationId }, select: { id: true } });
  return row.id;
}

const system: AuditActor = { type: "system" };

export function signInAt(
  createdAt: Date,
  actor: AuditActor = { type: "anonymous", label: `${uniqueName("someone")}@example.test` },
) {
  return insertEventAt(createdAt, { category: "auth", action: "sign_in", result: "success", actor });
}

export function toolCallAt(createdAt: Date, options: { actor?: AuditActor; payload?: unknown } = {}) {
  return insertEventAt(createdAt, {
    category: "gateway",
    action: "tool_call",
    result: "success",
    actor: options.actor ?? system,
    tool: "everything/echo",
    payload: options.payload ?? { message: uniqueName("arguments") },
  });
}

export function eventAt(createdAt: Date, category: AuditEventInput["category"], actor: AuditActor = system) {
  return insertEventAt(createdAt, { category, action: "test_event", result: "success", actor });
}

export type EventState = "live" | "tombstone" | "gone";

/** Whether an event is still there, was replaced by a tombstone, or vanished without one. */
export async function stateOf(id: number): Promise<EventState> {
  if (await db.auditEvent.findUnique({ where: { id }, select: { id: true } })) return "live";
  if (await db.auditTombstone.findUnique({ where: { eventId: id }, select: { eventId: true } }))
    return "tombstone";
  return "gone";
}

export async function payloadOf(id: number) {
  return db.auditEvent.findUniqueOrThrow({
    where: { id },
    select: { payload: true, payloadDigest: true, payloadPurgedAt: true },
  });
}
