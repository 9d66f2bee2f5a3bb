import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toConsentViews } from "@/lib/privacy/consent/consent-view";
import { SUBJECT_VIEW_SELECT, toSubjectViews } from "@/lib/privacy/subjects/subject-view";
import type { SubjectDetailView } from "@/lib/privacy/subjects/subject-view-type";

/**
 * One subject with the consent in force per purpose (each purpose's latest record) and how many
 * audit events are about them: by pseudonym, or as actor or subject by their email's keyed hash.
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

  const emailHashes = row.identifiers.filter((i) => i.kind === "email").map((i) => i.hash);
  const auditEventCount = await db.auditEvent.count({
    where: {
      OR: [
        { subjectId: id },
        ...(emailHashes.length
          ? [{ actorHash: { in: emailHashes } }, { subjectHash: { in: emailHashes } }]
          : []),
      ],
    },
  });

  const [subject] = await toSubjectViews([row]);
  return {
    ...subject,
    consents: (await toConsentViews(latest)).sort((a, b) => a.purpose.localeCompare(b.purpose)),
    auditEventCount,
  };
}
