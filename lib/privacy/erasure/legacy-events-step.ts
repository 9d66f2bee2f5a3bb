import "server-only";
import { readSubjectIdentity } from "@/lib/privacy/erasure/read-subject-identity";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/**
 * "legacy_events": the audit helper's redaction of rows written before pseudonyms (keyed hashes
 * dropped, plain ip / user agent re-encrypted under the subject key), so that "shred" covers them
 * too. Runs only when wired (erasure-deps.ts).
 */
export const legacyEventsStep: ErasureStep = async ({ request, subjectId, progress, deps }) => {
  if (!deps.redactLegacyEvents) return;
  const identity = await readSubjectIdentity(subjectId);
  if (!identity) return;
  const { redacted } = await deps.redactLegacyEvents({
    requestId: request.id,
    subjectId,
    subjectKeyId: identity.keyId,
    emailHashes: identity.emailHashes,
    userIds: progress.userIds,
  });
  progress.counts.legacyEventsRedacted += redacted;
};
