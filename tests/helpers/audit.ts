// Reads the audit trail back from the real database.
import { db } from "@/lib/db";
import { toEventViews, type StoredAuditEvent } from "@/lib/audit/event-view";

export type AuditQuery = {
  category?: string;
  action?: string;
  result?: string;
  actorId?: string;
  target?: string;
  correlationId?: string;
  sinceId?: number;
};

/**
 * Stored rows as a reader with audit:read sees them: actorLabel, ip and user agent decrypted, plus
 * the subject's personal details and the tool-call arguments. `stored` keeps the row exactly as written.
 */
export async function readableAuditRows<T extends StoredAuditEvent>(rows: T[]) {
  const views = await toEventViews(rows);
  return rows.map((row, i) => ({
    ...row,
    stored: row,
    actorLabel: views[i].actor.label,
    ip: views[i].ip,
    userAgent: views[i].userAgent,
    subject: views[i].subject,
    arguments: views[i].payload,
  }));
}

export async function findAuditEvents(query: AuditQuery) {
  const { sinceId, ...where } = query;
  const rows = await db.auditEvent.findMany({
    where: { ...where, ...(sinceId !== undefined ? { id: { gt: sinceId } } : {}) },
    orderBy: { id: "asc" },
  });
  return readableAuditRows(rows);
}

/** The id of the newest event, to look only at what a test step wrote after it. */
export async function lastAuditId(): Promise<number> {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

/** Every audit row whose serialised form contains the given text. */
export async function auditRowsContaining(text: string) {
  const rows = await db.auditEvent.findMany();
  return rows.filter((row) => JSON.stringify(row).includes(text));
}
