import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { legalHoldSelect, toLegalHoldViews } from "@/lib/audit/retention/legal-hold-view";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

/**
 * Releases a legal hold: the next retention run may purge what it covered. Holds are never
 * deleted, so who held what and when stays on record.
 */
export async function releaseLegalHold(id: string, by: AuditBy): Promise<LegalHoldView> {
  const existing = await db.legalHold.findUnique({ where: { id }, select: { releasedAt: true } });
  if (!existing) throw new AppError("not_found", "No legal hold with this id.");
  // Conditional update: of two concurrent releases, exactly one succeeds.
  const { count } = await db.legalHold.updateMany({
    where: { id, releasedAt: null },
    data: { releasedAt: new Date(), releasedById: by.principal?.id ?? null },
  });
  if (count === 0) throw new AppError("conflict", "This legal hold is already released.");
  const hold = await db.legalHold.findUniqueOrThrow({ where: { id }, select: legalHoldSelect });
  await recordEvent({
    category: "audit",
    action: "legal_hold_release",
    result: "success",
    actor: by.actor,
    target: id,
    details: { holdId: id, reason: hold.reason },
    meta: by.meta,
  });
  const [view] = await toLegalHoldViews([hold]);
  return view;
}
