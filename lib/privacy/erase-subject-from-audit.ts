import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { destroySubjectKey } from "@/lib/privacy/subject-keys";

export type AuditErasure = {
  /** false when the person never appeared in the trail (no key existed) */
  keyDestroyed: boolean;
  keyId: string | null;
  /** events where the person is the actor or the subject; their personal fields now read "[erased]" */
  eventsAffected: number;
};

/**
 * Crypto-shredding for one person: destroys their subject key, so their personal fields in every
 * audit event (actor label, subject details, tool arguments naming them) read as "[erased]" for
 * good. No event changes, so every seal still verifies. The erasure itself is audited, by keyed
 * hash and key id only. The privacy request workflow calls this once an erasure is approved.
 */
export async function eraseSubjectFromAudit(email: string, by: AuditByActor): Promise<AuditErasure> {
  const subjectHash = subjectHashOf(email);
  const eventsAffected = await db.auditEvent.count({
    where: { OR: [{ actorHash: subjectHash }, { subjectHash }] },
  });
  const destroyed = await destroySubjectKey(subjectHash);
  if (destroyed) {
    // The registry no longer links any identifier to the person under that key: a later event
    // about the same address registers a new subject with a fresh key. The pseudonym stays, as
    // the rows that name it do.
    await db.subjectIdentifier.deleteMany({ where: { subject: { keyId: destroyed.keyId } } });
    // Other processes drop their cached copy of the key and of the registry's answers.
    await announceChange();
    await announceChange("privacy");
  }
  await recordEvent({
    category: "privacy",
    action: "subject_key_destroyed",
    result: destroyed ? "success" : "failure",
    actor: by.actor,
    details: {
      subjectHash,
      keyId: destroyed?.keyId ?? null,
      eventsAffected,
      ...(destroyed ? {} : { reason: "no_key" }),
    },
    meta: by.meta,
  });
  return { keyDestroyed: destroyed !== null, keyId: destroyed?.keyId ?? null, eventsAffected };
}
