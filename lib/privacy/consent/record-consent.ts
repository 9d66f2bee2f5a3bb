import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";
import { toConsentViews } from "@/lib/privacy/consent/consent-view";
import { recordedByOf } from "@/lib/privacy/consent/recorded-by";
import { recordConsentSchema, type RecordConsentInput } from "@/lib/privacy/consent/schemas";
import { subjectForLookup } from "@/lib/privacy/subjects/subject-for-lookup";

/** 400 unless the purpose exists; its key is not personal, so the message may name it. */
export async function assertPurposeExists(key: string): Promise<void> {
  const purpose = await db.purpose.findUnique({ where: { key }, select: { key: true } });
  if (!purpose) throw new AppError("invalid_input", `Unknown purpose: ${key}.`, { field: "purpose" });
}

/**
 * Appends a consent record (the ledger is never edited: the latest record per subject and purpose
 * is the one in force). Audited with the pseudonym, never the identifier the caller gave; the
 * gateway's ledger cache learns of it at once in this process, within 2 s in others.
 */
export async function recordConsent(input: RecordConsentInput, by: AuditBy): Promise<ConsentRecordView> {
  const data = recordConsentSchema.parse(input);
  const source = data.source ?? (by.principal?.via === "session" ? "console" : "api");
  await assertPurposeExists(data.purpose);
  const subject = await subjectForLookup(data.subject, source);

  const record = await db.consentRecord.create({
    data: {
      subjectId: subject.id,
      purposeKey: data.purpose,
      decision: data.decision,
      noticeVersion: data.noticeVersion ?? null,
      source,
      ...recordedByOf(by.actor),
    },
  });
  await announceChange("consent");
  await recordEvent({
    category: "privacy",
    action: "consent_recorded",
    result: "success",
    actor: by.actor,
    target: subject.id,
    subjectId: subject.id,
    details: {
      subjectId: subject.id,
      purpose: data.purpose,
      decision: data.decision,
      noticeVersion: data.noticeVersion ?? null,
      source,
    },
    meta: by.meta,
  });
  const [view] = await toConsentViews([record]);
  return view;
}
