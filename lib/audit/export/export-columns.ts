import type { AuditEventView } from "@/lib/audit/event-view";

/** The columns of an export, in order: the CSV header row and the keys of each JSONL line. */
export const EXPORT_COLUMNS = [
  "id",
  "createdAt",
  "category",
  "action",
  "result",
  "actorType",
  "actorId",
  "actorLabel",
  "actorSubjectId",
  "subjectId",
  "subject",
  "serverId",
  "tool",
  "target",
  "correlationId",
  "ip",
  "userAgent",
  "durationMs",
  "details",
  "payload",
  "hash",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRecord = Record<ExportColumn, unknown>;

/** Stands in for tool-call arguments that retention dropped (the event row itself stays). */
export const PAYLOAD_DROPPED = "[dropped by retention]";

/**
 * One event as an export line. Structured fields (subject, details, payload) stay JSON values
 * here; the CSV encoder writes them as JSON text.
 */
export function toExportRecord(event: AuditEventView): ExportRecord {
  return {
    id: event.id,
    createdAt: event.createdAt,
    category: event.category,
    action: event.action,
    result: event.result,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    actorSubjectId: event.actorSubjectId,
    subjectId: event.subjectId,
    subject: event.subject,
    serverId: event.serverId,
    tool: event.tool,
    target: event.target,
    correlationId: event.correlationId,
    ip: event.ip,
    userAgent: event.userAgent,
    durationMs: event.durationMs,
    details: event.details ?? null,
    payload: event.payloadPurged ? PAYLOAD_DROPPED : (event.payload ?? null),
    hash: event.hash,
  };
}
