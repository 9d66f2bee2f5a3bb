import "server-only";
import { readSubjectIdentity } from "@/lib/privacy/subjects/read-subject-identity";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/**
 * "legacy_events": the audit helper's redaction of rows written before pseudonyms (keyed hashes
 * dropped, plain ip / user agent re-encrypted under the subject key), a batch at a time with the
 * last event id saved as the cursor, so that "shred" then covers those rows too. Runs only when
 * wired (erasure-deps.ts).
 */
export const legacyEventsStep: ErasureStep = async ({ request, subjectId, progress, deps, save }) => {
  if (!deps.redactLegacyEvents) return;
  const identity = await readSubjectIdentity(subjectId);
  if (!identity) return;
  for (let done = false; !done;) {
    const batch = await deps.redactLegacyEvents({
      subjectId,
      keyId: identity.keyId,
      legacyHashes: identity.emailHashes,
      requestId: request.id,
      afterId: Number(progress.cursor ?? 0),
    });
    progress.counts.legacyEventsRedacted += batch.redacted;
    progress.cursor = String(batch.lastId);
    done = batch.done;
    await save();
  }
};
