import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";
import { redactLegacyEvents } from "@/lib/audit/redaction/redact-legacy-events";
import { legacyHashesOfSubject, subjectEventsWhere } from "@/lib/audit/search/subject-events-condition";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { destroySubjectKey } from "@/lib/privacy/subject-keys";
import { findSubject, resolveSubject } from "@/lib/privacy/subjects/resolve-subject";

export type AuditErasure = {
  /** false when the person never appeared in the trail (no key existed) */
  keyDestroyed: boolean;
  keyId: string | null;
  /** the person's pseudonym, which their events keep; null when the trail never named them */
  subjectId: string | null;
  /** events where the person is the actor or the subject; their personal fields now read "[erased]" */
  eventsAffected: number;
  /** legacy rows rewritten first: keyed hashes replaced by the pseudonym, plain ip / user agent encrypted */
  legacyEventsRedacted: number;
};

export type EraseSubjectFromAuditOptions = {
  /** the privacy request this erasure belongs to (the redactions name it); a fresh id otherwise */
  requestId?: string;
};

/**
 * Crypto-shredding for one person: their legacy rows are redacted first (lib/audit/redaction:
 * keyed hashes of their email replaced by their pseudonym, plain ip and user agent encrypted
 * under their key, each batch vouched for by an anchor event so the chain still verifies), then
 * their subject key is destroyed, so that everything of theirs in every event reads "[erased]",
 * and the registry's identifiers go: nothing links the address to the pseudonym any more. The
 * erasure itself is audited by pseudonym and key id only.
 */
export async function eraseSubjectFromAudit(
  email: string,
  by: AuditByActor,
  options: EraseSubjectFromAuditOptions = {},
): Promise<AuditErasure> {
  const emailHash = subjectHashOf(email);
  // Legacy rows may name someone the registry never saw: they get a pseudonym to be named by.
  const hasLegacyRows =
    (await db.auditEvent.count({
      where: { OR: [{ actorHash: emailHash }, { subjectHash: emailHash }] },
      take: 1,
    })) > 0;
  const subject =
    (await findSubject({ kind: "email", value: email })) ??
    (hasLegacyRows ? await resolveSubject({ kind: "email", value: email }, "console") : null);
  const legacyHashes = subject ? await legacyHashesOfSubject(subject.id) : [];
  if (!legacyHashes.includes(emailHash)) legacyHashes.push(emailHash);

  const eventsAffected = await db.auditEvent.count({
    where: subjectEventsWhere({ id: subject?.id ?? null, legacyHashes }),
  });
  let legacyEventsRedacted = 0;
  if (subject) {
    const requestId = options.requestId ?? `audit-erasure-${randomUUID()}`;
    for (let afterId = 0, done = false; !done;) {
      const batch = await redactLegacyEvents({
        subjectId: subject.id,
        keyId: subject.keyId,
        legacyHashes,
        requestId,
        afterId,
      });
      legacyEventsRedacted += batch.redacted;
      afterId = batch.lastId;
      done = batch.done;
    }
  }

  // The key named by the address (the one the trail used before the registry), and the subject's own.
  const destroyed = await destroySubjectKey(emailHash);
  const keyIds = new Set(destroyed ? [destroyed.keyId] : []);
  if (subject && !keyIds.has(subject.keyId)) {
    const own = await db.subjectKey.findUnique({
      where: { id: subject.keyId },
      select: { subjectHash: true },
    });
    const also = own?.subjectHash ? await destroySubjectKey(own.subjectHash) : null;
    if (also) keyIds.add(also.keyId);
  }
  const keyId = destroyed?.keyId ?? [...keyIds][0] ?? null;
  if (subject) {
    // The pseudonym stays, as the rows that name it do; a later event about the same address
    // registers a new subject with a fresh key.
    await db.subjectIdentifier.deleteMany({ where: { subjectId: subject.id } });
  }
  if (keyIds.size || subject) {
    // Other processes drop their cached copy of the key and of the registry's answers.
    await announceChange();
    await announceChange("privacy");
  }
  await recordEvent({
    category: "privacy",
    action: "subject_key_destroyed",
    result: keyIds.size ? "success" : "failure",
    actor: by.actor,
    ...(subject ? { subjectId: subject.id } : {}),
    details: {
      subjectId: subject?.id ?? null,
      keyId,
      keyIds: [...keyIds],
      eventsAffected,
      legacyEventsRedacted,
      ...(keyIds.size ? {} : { reason: "no_key" }),
    },
    meta: by.meta,
  });
  return {
    keyDestroyed: keyIds.size > 0,
    keyId,
    subjectId: subject?.id ?? null,
    eventsAffected,
    legacyEventsRedacted,
  };
}
