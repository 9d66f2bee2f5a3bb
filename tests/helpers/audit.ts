// Reads the audit trail back from the real database.
import { db } from "@/lib/db";

export type AuditQuery = {
  category?: string; action?: string; result?: string; actorId?: string; target?: string; correlationId?: string; sinceId?: number;
};

export async function findAuditEvents(query: AuditQuery) {
  const { sinceId, ...where } = query;
  return db.auditEvent.findMany({ where: { ...where, ...(sinceId !== undefined ? { id: { gt: sinceId } } : {}) }, orderBy: { id: "asc" } });
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
