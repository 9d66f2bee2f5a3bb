import "server-only";
import { db } from "@/lib/db";
import { subjectEventsWhere } from "@/lib/audit/search/subject-events-condition";
import { AppError } from "@/lib/errors";
import { toConsentViews } from "@/lib/privacy/consent/consent-view";
import { SUBJECT_VIEW_SELECT, toSubjectViews } from "@/lib/privacy/subjects/subject-view";
import type { SubjectDetailView } from "@/lib/privacy/subjects/subject-view-type";

/**
 * One subject with the consent in force per purpose (each purpose's latest record) and how many
 * audit events are about them: as actor or subject, by pseudonym or (legacy rows) by their email's
 * keyed hash (lib/audit/search/subject-events-condition.ts).
 */
export async function getSubjectDetailOrThrow(id: string): Promise<SubjectDetailView> {
  const row = await db.dataSubject.findUnique({
    where: { id },
    select: {
      ...SUBJECT_VIEW_SELECT,
      identifiers: { select: { ...SUBJECT_VIEW_SELECT.identifiers.select, hash: true } },
    },
  });
  if (!row) throw new AppError("not_found", "No data subject with this id.");

  const records = await db.consentRecord.findMany({ where: { subjectId: id }, orderBy: { id: "desc" } });
  const seen = new Set<string>();
  const latest = records.filter((r) => !seen.has(r.purposeKey) && seen.add(r.purposeKey));

  const legacyHashes = row.identifiers.filter((i) => i.kind === "email").map((i) => i.hash);
  const auditEventCount = await db.auditEvent.count({ where: subjectEventsWhere({ id, legacyHashes }) });

  const [subject] = await toSubjectViews([row]);
  return {
    ...subject,
    consents: (await toConsentViews(latest)).sort((a, b) => a.purpose.localeCompare(b.purpose)),
    auditEventCount,
  };
}
