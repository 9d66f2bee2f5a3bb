import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeyFor } from "@/lib/privacy/subject-keys";
import { identifierHash, normalizeIdentifierOrThrow } from "@/lib/privacy/subjects/identifier-hash";
import {
  cachedById,
  cachedByIdentifier,
  rememberSubject,
  type SubjectRef,
} from "@/lib/privacy/subjects/subject-ref-cache";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

export type { SubjectRef } from "@/lib/privacy/subjects/subject-ref-cache";
export type SubjectIdentifierInput = { kind: IdentifierKind; value: string };
export type SubjectSource = "console" | "gateway" | "api" | "import";

/** A new pseudonym: "ds_" and 16 base64url characters (96 random bits). */
export function newSubjectId(): string {
  return `ds_${randomBytes(12).toString("base64url")}`;
}

/**
 * The subject key for a new subject. An email subject shares the key the audit trail already uses
 * for that address, so that erasing the person shreds both; other subjects get a key of their own.
 */
export function keyNameFor(kind: IdentifierKind, hash: string, subjectId: string): string {
  return kind === "email" ? hash : `ds:${subjectId}`;
}

async function readByIdentifier(kind: IdentifierKind, hash: string): Promise<SubjectRef | null> {
  const row = await db.subjectIdentifier.findUnique({
    where: { kind_hash: { kind, hash } },
    select: { subject: { select: { id: true, keyId: true } } },
  });
  return row ? rememberSubject(row.subject, { kind, hash }) : null;
}

/** The subject an identifier names, or null; never creates one. Throws invalid_input for a malformed value. */
export async function findSubject(identifier: SubjectIdentifierInput): Promise<SubjectRef | null> {
  const hash = identifierHash(identifier.kind, identifier.value);
  return cachedByIdentifier(identifier.kind, hash) ?? (await readByIdentifier(identifier.kind, hash));
}

/** A subject by pseudonym, or null. */
export async function subjectRefById(id: string): Promise<SubjectRef | null> {
  const cached = cachedById(id);
  if (cached) return cached;
  const row = await db.dataSubject.findUnique({ where: { id }, select: { id: true, keyId: true } });
  return row ? rememberSubject(row) : null;
}

/**
 * The subject an identifier names, created (with the identifier stored as keyed hash and
 * ciphertext) when there is none. Concurrent first uses of one identifier agree on one subject:
 * [kind, hash] is unique, and the writer that loses reads the winner's.
 */
export async function resolveSubject(
  identifier: SubjectIdentifierInput,
  source: SubjectSource,
): Promise<SubjectRef> {
  const existing = await findSubject(identifier);
  if (existing) return existing;

  const { kind } = identifier;
  const normalized = normalizeIdentifierOrThrow(kind, identifier.value);
  const hash = identifierHash(kind, normalized);
  const id = newSubjectId();
  const key = await subjectKeyFor(keyNameFor(kind, hash, id));
  try {
    await db.dataSubject.create({
      data: {
        id,
        keyId: key.id,
        source,
        identifiers: { create: { kind, hash, ciphertext: encryptPersonal(key, normalized) } },
      },
    });
    return rememberSubject({ id, keyId: key.id }, { kind, hash });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await readByIdentifier(kind, hash);
    if (!winner) throw error;
    return winner;
  }
}
