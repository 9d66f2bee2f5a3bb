import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeyFor, subjectKeysById } from "@/lib/privacy/subject-keys";
import { identifierHash, normalizeIdentifierOrThrow } from "@/lib/privacy/subjects/identifier-hash";
import { findSubject, keyNameFor, newSubjectId } from "@/lib/privacy/subjects/resolve-subject";
import { rememberSubject, type SubjectRef } from "@/lib/privacy/subjects/subject-ref-cache";
import {
  registerSubjectSchema,
  type IdentifierKind,
  type RegisterSubjectInput,
} from "@/lib/privacy/subjects/schemas";
import { SUBJECT_VIEW_SELECT, toSubjectViews } from "@/lib/privacy/subjects/subject-view";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";

export type RegisterSubjectResult = { subject: SubjectView; isNew: boolean };

type Identifier = { kind: IdentifierKind; normalized: string; hash: string; owner: SubjectRef | null };

async function identifiersOf(input: RegisterSubjectInput): Promise<Identifier[]> {
  const data = registerSubjectSchema.parse(input);
  const given: [IdentifierKind, string | undefined][] = [
    ["email", data.email],
    ["phone", data.phone],
    ["external_id", data.externalId],
  ];
  const identifiers: Identifier[] = [];
  for (const [kind, value] of given) {
    if (value === undefined) continue;
    const normalized = normalizeIdentifierOrThrow(kind, value);
    const owner = await findSubject({ kind, value: normalized });
    identifiers.push({ kind, normalized, hash: identifierHash(kind, normalized), owner });
  }
  return identifiers;
}

/** Writes the subject (when new) and the identifiers it lacks; returns its ref and whether it is new. */
async function save(identifiers: Identifier[], source: "console" | "api") {
  const owners = new Set(identifiers.flatMap((i) => (i.owner ? [i.owner.id] : [])));
  if (owners.size > 1) {
    throw new AppError(
      "conflict",
      "These identifiers belong to different data subjects; Gatehouse does not merge subjects. Register them separately.",
    );
  }
  const missing = identifiers.filter((i) => !i.owner);
  const existing = identifiers.find((i) => i.owner)?.owner ?? null;
  if (existing) {
    if (missing.length) {
      const key = (await subjectKeysById([existing.keyId])).get(existing.keyId);
      if (!key)
        throw new AppError(
          "conflict",
          "This data subject's key has been erased; identifiers cannot be added.",
        );
      await db.subjectIdentifier.createMany({
        data: missing.map((i) => ({
          subjectId: existing.id,
          kind: i.kind,
          hash: i.hash,
          ciphertext: encryptPersonal({ id: existing.keyId, key }, i.normalized),
        })),
      });
    }
    return { ref: existing, isNew: false, added: missing };
  }
  const id = newSubjectId();
  const first = identifiers[0];
  const key = await subjectKeyFor(keyNameFor(first.kind, first.hash, id));
  await db.dataSubject.create({
    data: {
      id,
      keyId: key.id,
      source,
      identifiers: {
        create: identifiers.map((i) => ({
          kind: i.kind,
          hash: i.hash,
          ciphertext: encryptPersonal(key, i.normalized),
        })),
      },
    },
  });
  return { ref: { id, keyId: key.id }, isNew: true, added: identifiers };
}

/**
 * POST /api/v1/privacy/subjects: finds or creates the person named by up to one of each identifier
 * and attaches the identifiers they lack. Identifiers of two different subjects are a conflict (409):
 * merging people is a decision for a person, not for an API call. Audited with the pseudonym only.
 */
export async function registerSubject(
  input: RegisterSubjectInput,
  by: AuditBy,
): Promise<RegisterSubjectResult> {
  const source = by.principal?.via === "session" ? "console" : "api";
  let saved: Awaited<ReturnType<typeof save>>;
  try {
    saved = await save(await identifiersOf(input), source);
  } catch (error) {
    // Another writer registered one of these identifiers meanwhile: decide again on what is stored now.
    if (!isUniqueViolation(error)) throw error;
    saved = await save(await identifiersOf(input), source);
  }
  if (saved.added.length) {
    await announceChange("privacy");
    for (const i of saved.added) rememberSubject(saved.ref, i);
    await recordEvent({
      category: "privacy",
      action: "subject_registered",
      result: "success",
      actor: by.actor,
      target: saved.ref.id,
      subjectId: saved.ref.id,
      details: {
        subjectId: saved.ref.id,
        isNew: saved.isNew,
        identifierKinds: saved.added.map((i) => i.kind),
      },
      meta: by.meta,
    });
  }
  const row = await db.dataSubject.findUniqueOrThrow({
    where: { id: saved.ref.id },
    select: SUBJECT_VIEW_SELECT,
  });
  const [subject] = await toSubjectViews([row]);
  return { subject, isNew: saved.isNew };
}
