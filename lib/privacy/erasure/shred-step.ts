import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import { destroySubjectKeyById } from "@/lib/privacy/subject-keys";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";

/**
 * "shred": destroys the person's subject keys (crypto-shredding): every field under them (event
 * labels, details, arguments, ip and user agent, identifiers) reads "[erased]" for good, and the
 * event hashes, which cover the ciphertext, still verify. Then every process drops its cached
 * keys ("policy" topic listeners in subject-keys.ts) and registry answers ("privacy").
 */
export const shredStep: ErasureStep = async ({ request, progress }) => {
  for (const keyId of progress.keyIds) {
    const destroyed = await destroySubjectKeyById(keyId);
    if (destroyed?.isDestroyedNow) {
      await recordEvent({
        category: "privacy",
        action: "erasure.key_destroyed",
        result: "success",
        actor: { type: "system" },
        target: keyId,
        details: { keyId, requestId: request.id },
      });
    }
  }
  await announceChange();
  await announceChange("privacy");
  // Counted from what is stored, so that a run resumed inside this step counts each key once.
  progress.counts.subjectKeysDestroyed = progress.keyIds.length
    ? await db.subjectKey.count({ where: { id: { in: progress.keyIds }, wrappedKey: null } })
    : 0;
};
