import "server-only";
import { db, type Db } from "@/lib/db";
import type { SqlParams } from "@/lib/db/dialect";
import { AppError } from "@/lib/errors";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";

// Which audit events belong to a data subject: the one answer search, access export, legal holds
// and erasure share. New rows name a person only by pseudonym (actorSubjectId, subjectId); rows
// written before pseudonyms name them by the keyed hash of their email (actorHash, subjectHash),
// until an erasure redacts them (lib/audit/redaction).

/** A data subject as the audit trail knows them. */
export type SubjectEvents = {
  /** the pseudonym ("ds_…"); null for an address the registry does not know (legacy rows only) */
  id: string | null;
  /** keyed hashes by which legacy rows name them (legacyHashesOfSubject) */
  legacyHashes: readonly string[];
};

export type AuditEventWhere = NonNullable<NonNullable<Parameters<Db["auditEvent"]["findMany"]>[0]>["where"]>;

/**
 * The subject an email names, for search: their pseudonym if the registry knows the address
 * (never creating one), and the address's keyed hash for legacy rows. After an erasure the
 * registry has no identifier and the legacy rows are redacted, so it matches nothing.
 */
export async function subjectEventsOfEmail(email: string): Promise<SubjectEvents> {
  const subject = await findSubject({ kind: "email", value: email }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "invalid_input") return null;
    throw error;
  });
  const legacy = subjectHashOf(email);
  if (!subject) return { id: null, legacyHashes: [legacy] };
  const hashes = await legacyHashesOfSubject(subject.id);
  return { id: subject.id, legacyHashes: hashes.includes(legacy) ? hashes : [...hashes, legacy] };
}

/** The Prisma `where` for the subject's events: actor or subject by pseudonym, or by legacy hash. */
export function subjectEventsWhere(subject: SubjectEvents): AuditEventWhere {
  const hashes = [...subject.legacyHashes];
  const or: AuditEventWhere[] = [
    ...(subject.id === null ? [] : [{ actorSubjectId: subject.id }, { subjectId: subject.id }]),
    ...(hashes.length ? [{ actorHash: { in: hashes } }, { subjectHash: { in: hashes } }] : []),
  ];
  // Nobody: an empty OR would match every row in Prisma.
  return or.length ? { OR: or } : { id: { lt: 0 } };
}

/** One alternative of the condition as raw SQL, its values added to the statement's parameters. */
export type SubjectEventsBranch = (sql: SqlParams) => string;

/**
 * The condition's alternatives, each answered by its own (column, id) index: a reader that pages
 * through each and merges them (the access export) avoids the sort an OR over four columns needs.
 */
export function subjectEventsBranches(subject: SubjectEvents): SubjectEventsBranch[] {
  const branches: SubjectEventsBranch[] = [];
  const hashes = subject.legacyHashes;
  if (subject.id !== null) {
    const id = subject.id;
    branches.push(
      (sql) => `("actorSubjectId" IS NOT NULL AND "actorSubjectId" = ${sql.add(id)})`,
      (sql) => `("subjectId" IS NOT NULL AND "subjectId" = ${sql.add(id)})`,
    );
  }
  if (hashes.length) {
    branches.push(
      (sql) => `("actorHash" IS NOT NULL AND "actorHash" IN (${sql.list(hashes)}))`,
      (sql) => `("subjectHash" IS NOT NULL AND "subjectHash" IN (${sql.list(hashes)}))`,
    );
  }
  return branches;
}

/**
 * The same condition as raw SQL over "AuditEvent" (search, export, retention), its values added to
 * `sql`. Never NULL, so NOT (…) of it is safe.
 */
export function subjectEventsSql(subject: SubjectEvents, sql: SqlParams): string {
  // Each placeholder takes its own value (SQLite's "?" are positional): branches add theirs in order.
  const clauses = subjectEventsBranches(subject).map((branch) => branch(sql));
  return clauses.length ? `(${clauses.join(" OR ")})` : "1 = 0";
}

/**
 * The keyed hashes legacy rows name the subject by: subjectHashOf of each of their email
 * identifiers, which is exactly SubjectIdentifier.hash for kind "email" (identifier-hash.ts).
 * Empty once the registry's identifiers are deleted (after an erasure).
 */
export async function legacyHashesOfSubject(subjectId: string): Promise<string[]> {
  const rows = await db.subjectIdentifier.findMany({
    where: { subjectId, kind: "email" },
    select: { hash: true },
    orderBy: { hash: "asc" },
  });
  return rows.map((row) => row.hash);
}
