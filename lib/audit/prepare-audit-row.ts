import "server-only";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import type { AuditRow } from "@/lib/audit/insert-audit-rows";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { eventHash, payloadDigestOf } from "@/lib/audit/event-hash";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { maskEmail, subjectHashOf } from "@/lib/privacy/subject-hash";
import { subjectKeyFor, subjectKeysById } from "@/lib/privacy/subject-keys";
import { findEmailInArguments } from "@/lib/privacy/find-person-in-arguments";
import { resolveSubject, type SubjectSource } from "@/lib/privacy/subjects/resolve-subject";
import { AppError } from "@/lib/errors";

type Encrypted = { hash: string; ciphertext: string; subjectId: string | null };

/**
 * A person's field under their subject key. The person is registered as a data subject on first
 * sight (console users, people named in arguments), so that the registry knows everyone the trail
 * holds; an email subject's key is the one the trail has always used for that address. An address
 * the registry refuses (validator's isEmail is stricter than the search for one in arguments)
 * still gets its key, without a registry entry.
 */
async function encryptFor(email: string, value: unknown, source: SubjectSource): Promise<Encrypted> {
  const hash = subjectHashOf(email);
  const subject = await resolveSubject({ kind: "email", value: email }, source).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "invalid_input") return null;
    throw error;
  });
  const key = subject ? (await subjectKeysById([subject.keyId])).get(subject.keyId) : null;
  const subjectKey = subject && key ? { id: subject.keyId, key } : await subjectKeyFor(hash);
  return { hash, ciphertext: encryptPersonal(subjectKey, value), subjectId: subject?.id ?? null };
}

/**
 * Turns an event into the row that is stored: people's identifiers encrypted under their own
 * subject keys and indexed by keyed hash, tool arguments as a payload with its digest, and the
 * event hash over all of it.
 */
export async function prepareAuditRow(input: AuditEventInput, createdAt = new Date()): Promise<AuditRow> {
  const actor = input.actor;
  const actorLabel = "label" in actor ? (actor.label ?? null) : null;
  // A signed-in user is a data subject: their label is stored under their subject key. Whatever
  // someone typed at a failed sign-in is not known to be anyone, and creates no key: it is kept
  // as a keyed hash (so the "person" search still finds attempts on an address) and a mask.
  const encryptedActor =
    actor.type === "user" && actorLabel ? await encryptFor(actorLabel, actorLabel, "console") : null;
  const anonymousLabel =
    actor.type === "anonymous" && actorLabel
      ? { hash: subjectHashOf(actorLabel), label: maskEmail(actorLabel) }
      : null;

  const subject = input.subject
    ? await encryptFor(
        input.subject.email,
        { email: input.subject.email, ...input.subject.details },
        "console",
      )
    : null;

  let payload: string | null = null;
  let subjectHash = subject?.hash ?? null;
  /** The pseudonym of a person the arguments name by email, when nothing else says whom the event is about */
  let namedSubjectId: string | null = null;
  if (input.payload !== undefined && input.dataSubject) {
    // Under the subject's own key (cached after first use): erasing them shreds the arguments.
    // A destroyed key means the person was erased: nothing of the call's arguments is kept.
    const { keyId } = input.dataSubject;
    const key = (await subjectKeysById([keyId])).get(keyId);
    payload = key ? encryptPersonal({ id: keyId, key }, input.payload) : null;
    subjectHash ??= input.dataSubject.emailHash ?? null;
  } else if (input.payload !== undefined) {
    const named = findEmailInArguments(input.payload);
    if (named) {
      const encrypted = await encryptFor(named, input.payload, "gateway");
      payload = encrypted.ciphertext;
      subjectHash ??= encrypted.hash;
      namedSubjectId = encrypted.subjectId;
    } else {
      payload = canonicalJson(input.payload);
    }
  }

  const row: Omit<AuditRow, "hash"> = {
    createdAt,
    category: input.category,
    action: input.action,
    result: input.result,
    actorType: actor.type,
    actorId: "id" in actor ? actor.id : null,
    actorLabel: encryptedActor?.ciphertext ?? anonymousLabel?.label ?? actorLabel,
    actorHash: encryptedActor?.hash ?? anonymousLabel?.hash ?? null,
    subjectId: input.subject?.id ?? input.dataSubject?.id ?? input.subjectId ?? namedSubjectId,
    subjectHash,
    personal: subject?.ciphertext ?? null,
    serverId: input.serverId ?? null,
    tool: input.tool ?? null,
    target: input.target ?? null,
    correlationId: input.meta?.correlationId ?? null,
    ip: input.meta?.ip ?? null,
    userAgent: input.meta?.userAgent?.slice(0, 512) ?? null,
    durationMs: input.durationMs ?? null,
    details: input.details === undefined ? null : input.details,
    payload,
    payloadDigest: payload === null ? null : payloadDigestOf(payload),
  };
  return { ...row, hash: eventHash(row) };
}
