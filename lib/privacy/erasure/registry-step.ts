import "server-only";
import { db } from "@/lib/db";
import { ERASED } from "@/lib/privacy/personal-cipher";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/**
 * "registry": the link from identifiers to the pseudonym goes, in one transaction: the subject's
 * identifiers are deleted; their requests keep no identifier hint or verification reference;
 * holds on them keep no hint, and legacy holds (by keyed hash) name the pseudonym instead. The
 * DataSubject row (pseudonym, source, created) and the consent ledger stay: consent records hold
 * only pseudonym, purpose, decision, timestamps and recorder (accountability, Art. 7(1)).
 */
export const registryStep: ErasureStep = async ({ subjectId, progress }) => {
  const counts = await db.$transaction(async (tx) => {
    const emailHashes = (
      await tx.subjectIdentifier.findMany({ where: { subjectId, kind: "email" }, select: { hash: true } })
    ).map((i) => i.hash);
    const identifiers = await tx.subjectIdentifier.deleteMany({ where: { subjectId } });
    const requests = await tx.privacyRequest.updateMany({
      where: {
        subjectId,
        OR: [{ identifierHint: { not: ERASED } }, { verificationReference: { not: null } }],
      },
      data: { identifierHint: ERASED, verificationReference: null },
    });
    const legacyHolds = emailHashes.length
      ? await tx.legalHold.updateMany({
          where: { subjectHash: { in: emailHashes } },
          data: { subjectId, subjectHash: null, subjectHint: ERASED },
        })
      : { count: 0 };
    const holds = await tx.legalHold.updateMany({
      where: { subjectId, subjectHint: { not: ERASED } },
      data: { subjectHint: ERASED },
    });
    return {
      identifiers: identifiers.count,
      requests: requests.count,
      holds: legacyHolds.count + holds.count,
    };
  });
  progress.counts.identifiersDeleted += counts.identifiers;
  progress.counts.requestsAnonymized += counts.requests;
  progress.counts.legalHoldsAnonymized += counts.holds;
  progress.counts.consentRecordsKept = await db.consentRecord.count({ where: { subjectId } });
};
