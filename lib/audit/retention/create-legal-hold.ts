import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { maskEmail } from "@/lib/privacy/subject-hash";
import { resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { legalHoldSelect, toLegalHoldViews } from "@/lib/audit/retention/legal-hold-view";
import type { createLegalHoldSchema } from "@/lib/audit/retention/schemas";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

export type CreateLegalHold = z.output<typeof createLegalHoldSchema>;

async function assertActorExists(actorId: string): Promise<void> {
  const [user, key] = await Promise.all([
    db.user.findUnique({ where: { id: actorId }, select: { id: true } }),
    db.apiKey.findUnique({ where: { id: actorId }, select: { id: true } }),
  ]);
  if (!user && !key) {
    throw new AppError("invalid_input", "No user or API key has this id.", {
      fields: { actorId: ["No user or API key has this id"] },
    });
  }
}

/**
 * Puts a legal hold in place: from the next retention run, nothing it covers is purged, and an
 * erasure of the person it covers waits (activeHoldsForSubject). A data subject is stored by
 * pseudonym (registered on first sight, so that the hold also covers their later events) and a
 * masked hint; the audit event carries the address encrypted under the subject's key.
 */
export async function createLegalHold(input: CreateLegalHold, by: AuditBy): Promise<LegalHoldView> {
  if (input.actorId) await assertActorExists(input.actorId);
  const email = input.subjectEmail;
  const subject = email
    ? await resolveSubject(
        { kind: "email", value: email },
        by.principal?.via === "session" ? "console" : "api",
      )
    : null;
  const hold = await db.legalHold.create({
    data: {
      reason: input.reason,
      fromTime: input.fromTime ? new Date(input.fromTime) : null,
      toTime: input.toTime ? new Date(input.toTime) : null,
      actorId: input.actorId ?? null,
      subjectId: subject?.id ?? null,
      subjectHint: email ? maskEmail(email) : null,
      createdById: by.principal?.id ?? null,
    },
    select: legalHoldSelect,
  });
  await recordEvent({
    category: "audit",
    action: "legal_hold_create",
    result: "success",
    actor: by.actor,
    target: hold.id,
    subject: email ? { email } : undefined,
    details: {
      holdId: hold.id,
      reason: hold.reason,
      fromTime: hold.fromTime?.toISOString() ?? null,
      toTime: hold.toTime?.toISOString() ?? null,
      actorId: hold.actorId,
      hasSubject: !!email,
    },
    meta: by.meta,
  });
  const [view] = await toLegalHoldViews([hold]);
  return view;
}
