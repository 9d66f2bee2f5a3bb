import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toEventViews, type AuditEventView } from "@/lib/audit/event-view";

/** One event by its id (as text from the URL); not_found for an unknown or non-numeric id. */
export async function getAuditEventOrThrow(idText: string): Promise<AuditEventView> {
  const id = /^\d{1,15}$/.test(idText) ? Number(idText) : NaN;
  const row = Number.isSafeInteger(id) && id > 0 ? await db.auditEvent.findUnique({ where: { id } }) : null;
  if (!row) throw new AppError("not_found", "No audit event with this id.");
  const [view] = await toEventViews([row]);
  return view;
}
