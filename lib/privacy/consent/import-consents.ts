import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeyFor, type SubjectKey } from "@/lib/privacy/subject-keys";
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";
import { recordedByOf } from "@/lib/privacy/consent/recorded-by";
import { readConsentCsv, type ImportError, type ImportRow } from "@/lib/privacy/consent/read-consent-csv";
import { identifierHash } from "@/lib/privacy/subjects/identifier-hash";
import { keyNameFor, newSubjectId } from "@/lib/privacy/subjects/resolve-subject";
import type { IdentifierKind } from "@/lib/privacy/subjects/schemas";

type Identifier = { kind: IdentifierKind; normalized: string; hash: string };
/** A subject the import creates: its pseudonym and every identifier the file gives it. */
type NewSubject = { id: string; identifiers: Identifier[] };
type Planned = { row: ImportRow; subjectId: string };

const CHUNK = 500;

async function inChunks<T, R>(items: T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) results.push(...(await read(items.slice(i, i + CHUNK))));
  return results;
}

/** kind:hash -> subject id, for the identifiers the file names that are already stored. */
async function storedOwners(identifiers: Identifier[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const kind of ["email", "phone", "external_id"] as const) {
    const hashes = [...new Set(identifiers.filter((i) => i.kind === kind).map((i) => i.hash))];
    const rows = await inChunks(hashes, (chunk) =>
      db.subjectIdentifier.findMany({
        where: { kind, hash: { in: chunk } },
        select: { hash: true, subjectId: true },
      }),
    );
    for (const row of rows) owners.set(`${kind}:${row.hash}`, row.subjectId);
  }
  return owners;
}

/**
 * The second pass: purposes and subject ids must exist, and the identifiers of one row must not
 * name two people. Identifiers nobody holds yet make new subjects; rows naming the same new
 * identifier share one.
 */
async function planRows(rows: ImportRow[]) {
  const errors: ImportError[] = [];
  const purposes = new Set((await db.purpose.findMany({ select: { key: true } })).map((p) => p.key));
  const ids = [...new Set(rows.flatMap((r) => (r.subjectId ? [r.subjectId] : [])))];
  const known = new Set(
    (
      await inChunks(ids, (chunk) =>
        db.dataSubject.findMany({ where: { id: { in: chunk } }, select: { id: true } }),
      )
    ).map((s) => s.id),
  );
  const withHashes = rows.map((row) => ({
    row,
    identifiers: row.identifiers.map((i) => ({ ...i, hash: identifierHash(i.kind, i.normalized) })),
  }));
  const owners = await storedOwners(withHashes.flatMap((r) => r.identifiers));

  const newSubjects = new Map<string, NewSubject>(); // by pseudonym
  const plannedOwner = new Map<string, string>(); // kind:hash -> pseudonym of a new subject
  const planned: Planned[] = [];
  for (const { row, identifiers } of withHashes) {
    const rowErrors: string[] = [];
    if (!purposes.has(row.purpose)) rowErrors.push(`Unknown purpose: ${row.purpose}`);
    if (row.subjectId && !known.has(row.subjectId)) rowErrors.push("Unknown subject_id");
    const named = new Set<string>();
    if (row.subjectId) named.add(row.subjectId);
    for (const i of identifiers) {
      const owner = owners.get(`${i.kind}:${i.hash}`) ?? plannedOwner.get(`${i.kind}:${i.hash}`);
      if (owner) named.add(owner);
    }
    if (named.size > 1) rowErrors.push("The identifiers in this row belong to different data subjects");
    if (rowErrors.length) {
      errors.push(...rowErrors.map((message) => ({ line: row.line, message })));
      continue;
    }
    let subjectId = [...named][0];
    if (!subjectId) {
      subjectId = newSubjectId();
      newSubjects.set(subjectId, { id: subjectId, identifiers: [] });
    }
    const fresh = newSubjects.get(subjectId);
    for (const i of identifiers) {
      const key = `${i.kind}:${i.hash}`;
      if (fresh && !owners.has(key) && !plannedOwner.has(key)) {
        plannedOwner.set(key, subjectId);
        fresh.identifiers.push(i);
      }
    }
    planned.push({ row, subjectId });
  }
  return { errors, planned, newSubjects: [...newSubjects.values()] };
}

async function write(planned: Planned[], newSubjects: NewSubject[], by: AuditBy): Promise<void> {
  // Keys first: subjectKeyFor writes on its own. An email subject shares the audit trail's key.
  const keyed: { subject: NewSubject; key: SubjectKey }[] = [];
  for (const subject of newSubjects) {
    const first = subject.identifiers[0];
    keyed.push({ subject, key: await subjectKeyFor(keyNameFor(first.kind, first.hash, subject.id)) });
  }
  const recordedBy = recordedByOf(by.actor);
  await db.$transaction(
    async (tx) => {
      await tx.dataSubject.createMany({
        data: keyed.map(({ subject, key }) => ({ id: subject.id, keyId: key.id, source: "import" })),
      });
      await tx.subjectIdentifier.createMany({
        data: keyed.flatMap(({ subject, key }) =>
          subject.identifiers.map((i) => ({
            subjectId: subject.id,
            kind: i.kind,
            hash: i.hash,
            ciphertext: encryptPersonal(key, i.normalized),
          })),
        ),
      });
      await tx.consentRecord.createMany({
        data: planned.map(({ row, subjectId }) => ({
          subjectId,
          purposeKey: row.purpose,
          decision: row.decision,
          noticeVersion: row.noticeVersion,
          source: "import",
          ...recordedBy,
        })),
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * POST /api/v1/consents/import. Every row is checked and every problem listed with its line. A dry
 * run only reports; a real import writes all rows in one transaction or, with any problem,
 * nothing (400 with details.errors).
 */
export async function importConsents(
  csv: string,
  options: { isDryRun: boolean },
  by: AuditBy,
): Promise<ConsentImportResult> {
  const read = readConsentCsv(csv);
  // Rows that passed the first pass are checked against the database too, so every bad row is listed.
  const plan = await planRows(read.rows);
  const errors = [...read.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  const result = { dryRun: options.isDryRun, rows: read.rowCount, errors, imported: 0 };
  if (options.isDryRun) return result;

  if (errors.length) {
    await recordEvent({
      category: "privacy",
      action: "consent_imported",
      result: "failure",
      actor: by.actor,
      details: { rows: read.rowCount, errorCount: errors.length },
      meta: by.meta,
    });
    throw new AppError(
      "invalid_input",
      `The file has ${errors.length} problem(s); nothing was imported. Fix them and import again.`,
      { errors },
    );
  }
  await write(plan.planned, plan.newSubjects, by);
  await announceChange("consent");
  await recordEvent({
    category: "privacy",
    action: "consent_imported",
    result: "success",
    actor: by.actor,
    details: { rows: plan.planned.length, newSubjects: plan.newSubjects.length },
    meta: by.meta,
  });
  return { ...result, imported: plan.planned.length };
}
