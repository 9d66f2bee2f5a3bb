import "server-only";
import type { AuditActor, AuditEventInput } from "@/lib/audit/audit-event-types";
import type { AuditRow } from "@/lib/audit/insert-audit-rows";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { eventHash, payloadDigestOf } from "@/lib/audit/event-hash";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { maskEmail, subjectHashOf } from "@/lib/privacy/subject-hash";
import { subjectKeyFor, subjectKeysById, type SubjectKey } from "@/lib/privacy/subject-keys";
import { findEmailInArguments } from "@/lib/privacy/find-person-in-arguments";
import {
  findSubject,
  resolveSubject,
  subjectRefById,
  type SubjectRef,
  type SubjectSource,
} from "@/lib/privacy/subjects/resolve-subject";
import { AppError } from "@/lib/errors";

/**
 * A person an event concerns: their registry pseudonym and their live subject key. The key is
 * null once it is destroyed (they were erased): nothing personal of theirs is then stored.
 */
type Person = { subjectId: string | null; key: SubjectKey | null };

const isInvalidInput = (error: unknown) => error instanceof AppError && error.code === "invalid_input";

async function liveKeyOf(ref: SubjectRef): Promise<SubjectKey | null> {
  const key = (await subjectKeysById([ref.keyId])).get(ref.keyId);
  return key ? { id: ref.keyId, key } : null;
}

/**
 * The person an email names, registered as a data subject on first sight (console users,
 * people named in arguments), so that the registry knows everyone the trail holds. An address
 * the registry refuses still gets a key (named by its keyed hash, as the trail always did), but
 * no pseudonym.
 */
async function personByEmail(email: string, source: SubjectSource): Promise<Person> {
  const ref = await resolveSubject({ kind: "email", value: email }, source).catch((error: unknown) => {
    if (isInvalidInput(error)) return null;
    throw error;
  });
  if (!ref) return { subjectId: null, key: await subjectKeyFor(subjectHashOf(email)) };
  // A registered subject whose key was destroyed keeps its pseudonym; a fresh key for the address
  // is what the trail used before the registry existed.
  return { subjectId: ref.id, key: (await liveKeyOf(ref)) ?? (await subjectKeyFor(subjectHashOf(email))) };
}

/** The registered subject an address names, or null: never creates one (failed sign-ins). */
async function knownPersonByEmail(email: string): Promise<Person | null> {
  const ref = await findSubject({ kind: "email", value: email }).catch((error: unknown) => {
    if (isInvalidInput(error)) return null;
    throw error;
  });
  if (!ref) return null;
  const key = await liveKeyOf(ref);
  return key ? { subjectId: ref.id, key } : null;
}

async function personByPseudonym(subjectId: string): Promise<Person | null> {
  if (!subjectId.startsWith("ds_")) return null;
  const ref = await subjectRefById(subjectId);
  return ref ? { subjectId: ref.id, key: await liveKeyOf(ref) } : null;
}

/**
 * The actor as stored. A signed-in user is a data subject: named by pseudonym, their label under
 * their key. Whatever someone typed at a failed sign-in is not known to be anyone: when it is the
 * address of a registered subject it is theirs (pseudonym and key); otherwise only a mask is kept.
 */
async function storedActor(actor: AuditActor) {
  const label = "label" in actor ? (actor.label ?? null) : null;
  if (actor.type === "user" && label) {
    const person = await personByEmail(label, "console");
    return { person, label: person.key ? encryptPersonal(person.key, label) : null };
  }
  if (actor.type === "anonymous" && label) {
    const person = await knownPersonByEmail(label);
    return person?.key
      ? { person, label: encryptPersonal(person.key, label) }
      : { person: null, label: maskEmail(label) };
  }
  return { person: null, label };
}

/** ip or user agent: under the key of the person the event concerns; plain when it concerns no one. */
function personalMeta(value: string | null, person: Person | null): string | null {
  if (value === null || person === null) return value;
  return person.key ? encryptPersonal(person.key, value) : null;
}

/**
 * Turns an event into the row that is stored: people by pseudonym only (never a keyed hash of an
 * identifier), their identifiers, ip and user agent encrypted under their own subject keys, tool
 * arguments as a payload with its digest, and the event hash over all of it.
 */
export async function prepareAuditRow(input: AuditEventInput, createdAt = new Date()): Promise<AuditRow> {
  const actor = input.actor;
  const stored = await storedActor(actor);

  const subject = input.subject ? await personByEmail(input.subject.email, "console") : null;
  const personal =
    input.subject && subject?.key
      ? encryptPersonal(subject.key, { email: input.subject.email, ...input.subject.details })
      : null;

  let payload: string | null = null;
  /** The person the arguments name by email, when no data subject was given */
  let named: Person | null = null;
  const dataSubject = input.dataSubject
    ? { subjectId: input.dataSubject.id, key: await liveKeyOf(input.dataSubject) }
    : null;
  if (input.payload !== undefined && dataSubject) {
    // Under the subject's own key (cached after first use): erasing them shreds the arguments.
    // A destroyed key means the person was erased: nothing of the call's arguments is kept.
    payload = dataSubject.key ? encryptPersonal(dataSubject.key, input.payload) : null;
  } else if (input.payload !== undefined) {
    const email = findEmailInArguments(input.payload);
    if (email) {
      named = await personByEmail(email, "gateway");
      payload = named.key ? encryptPersonal(named.key, input.payload) : null;
    } else {
      payload = canonicalJson(input.payload);
    }
  }

  const subjectId =
    subject?.subjectId ?? dataSubject?.subjectId ?? input.subjectId ?? named?.subjectId ?? null;
  // The actor if a person, else whom the event is about (a pseudonym given alone is looked up).
  const metaOwner =
    stored.person ??
    subject ??
    dataSubject ??
    (input.subjectId ? await personByPseudonym(input.subjectId) : null) ??
    named;

  const row: Omit<AuditRow, "hash"> = {
    createdAt,
    category: input.category,
    action: input.action,
    result: input.result,
    actorType: actor.type,
    actorId: "id" in actor ? actor.id : null,
    actorLabel: stored.label,
    actorHash: null,
    actorSubjectId: stored.person?.subjectId ?? null,
    subjectId,
    subjectHash: null,
    personal,
    serverId: input.serverId ?? null,
    tool: input.tool ?? null,
    // The subject's user id (not personal) stays findable when the event names no other target.
    target: input.target ?? input.subject?.id ?? null,
    correlationId: input.meta?.correlationId ?? null,
    ip: personalMeta(input.meta?.ip ?? null, metaOwner),
    userAgent: personalMeta(input.meta?.userAgent?.slice(0, 512) ?? null, metaOwner),
    durationMs: input.durationMs ?? null,
    details: input.details === undefined ? null : input.details,
    payload,
    payloadDigest: payload === null ? null : payloadDigestOf(payload),
  };
  return { ...row, hash: eventHash(row) };
}
