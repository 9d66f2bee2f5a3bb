import "server-only";
import { db } from "@/lib/db";
import { decryptPersonal, ERASED, keyIdOf } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";

export type SubjectIdentity = {
  /** the subject's own key (DataSubject.keyId) */
  keyId: string;
  /** the keys the identifiers are encrypted under (normally keyId alone) */
  identifierKeyIds: string[];
  /** decrypted identifier values by kind; empty once the registry's rows or the key are gone */
  values: { kind: string; value: string }[];
  /** keyed hashes of the email identifiers: how legacy audit rows, holds and keys name the person */
  emailHashes: string[];
};

/**
 * What the registry still says about a subject: read before the identifiers are deleted
 * ("registry") and the key destroyed ("shred"). Null for an unknown pseudonym.
 */
export async function readSubjectIdentity(subjectId: string): Promise<SubjectIdentity | null> {
  const subject = await db.dataSubject.findUnique({
    where: { id: subjectId },
    select: { keyId: true, identifiers: { select: { kind: true, hash: true, ciphertext: true } } },
  });
  if (!subject) return null;
  const identifierKeyIds = [...new Set(subject.identifiers.map((i) => keyIdOf(i.ciphertext)))];
  const keys = await subjectKeysById(identifierKeyIds);
  const values = subject.identifiers.flatMap(({ kind, ciphertext }) => {
    const value = decryptPersonal(ciphertext, keys.get(keyIdOf(ciphertext)) ?? null);
    return typeof value === "string" && value !== ERASED ? [{ kind, value }] : [];
  });
  return {
    keyId: subject.keyId,
    identifierKeyIds,
    values,
    emailHashes: subject.identifiers.filter((i) => i.kind === "email").map((i) => i.hash),
  };
}

/** The console accounts of a subject: the users whose email is one of their addresses, by id. */
export async function consoleAccountIdsOf(identity: SubjectIdentity): Promise<string[]> {
  const emails = identity.values.filter((v) => v.kind === "email").map((v) => v.value);
  if (emails.length === 0) return [];
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}
