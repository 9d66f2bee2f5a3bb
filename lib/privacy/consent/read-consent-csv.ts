import "server-only";
import { z } from "zod";
import { parseCsv } from "@/lib/privacy/consent/parse-csv";
import {
  CONSENT_DECISIONS,
  MAX_IMPORT_ROWS,
  noticeVersionSchema,
  purposeKeySchema,
  type ConsentDecision,
} from "@/lib/privacy/consent/schemas";
import { normalizeIdentifier } from "@/lib/privacy/subjects/identifier-hash";
import { externalIdSchema, subjectIdSchema, type IdentifierKind } from "@/lib/privacy/subjects/schemas";

// The CSV import's first pass: the file's shape and each row's values, without the database.
// Messages name columns and lines, never the values (they are personal data).

export const IMPORT_COLUMNS = [
  "email",
  "phone",
  "external_id",
  "subject_id",
  "purpose",
  "decision",
  "notice_version",
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];

export type ImportError = { line: number; message: string };

/** A row that passed the first pass: identifiers normalized, the subject decided by the first one given. */
export type ImportRow = {
  line: number;
  subjectId: string | null;
  identifiers: { kind: IdentifierKind; normalized: string }[];
  purpose: string;
  decision: ConsentDecision;
  noticeVersion: string | null;
};

export type ConsentCsv = { rowCount: number; rows: ImportRow[]; errors: ImportError[] };

const emailSchema = z.email().max(254);
const IDENTIFIER_COLUMNS: [Column, IdentifierKind, string][] = [
  ["email", "email", "Not a valid email address"],
  ["phone", "phone", "Not a valid phone number"],
  ["external_id", "external_id", "Not a valid external_id (1-200 characters)"],
];

function readHeader(fields: string[]): { columns: Map<Column, number>; errors: string[] } {
  const columns = new Map<Column, number>();
  const errors: string[] = [];
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    const column = IMPORT_COLUMNS.find((c) => c === name);
    // Not echoed: a file without a header starts with a person's data.
    if (!column) errors.push(`Unknown column ${index + 1} (columns: ${IMPORT_COLUMNS.join(", ")})`);
    else if (columns.has(column)) errors.push(`Duplicate column "${column}"`);
    else columns.set(column, index);
  });
  if (!(["email", "phone", "external_id", "subject_id"] as const).some((c) => columns.has(c)))
    errors.push("The header needs at least one of email, phone, external_id, subject_id");
  for (const required of ["purpose", "decision"] as const)
    if (!columns.has(required)) errors.push(`The header needs a "${required}" column`);
  return { columns, errors };
}

function isValidIdentifier(kind: IdentifierKind, value: string): boolean {
  if (kind === "email") return emailSchema.safeParse(value).success;
  if (kind === "external_id") return externalIdSchema.safeParse(value).success;
  return normalizeIdentifier(kind, value) !== null;
}

function readRow(line: number, fields: string[], columns: Map<Column, number>): ImportRow | string[] {
  const value = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? "" : (fields[index] ?? "").trim();
  };
  const problems: string[] = [];
  if (fields.length !== columns.size)
    problems.push(`Expected ${columns.size} fields, found ${fields.length}`);

  const identifiers: ImportRow["identifiers"] = [];
  for (const [column, kind, message] of IDENTIFIER_COLUMNS) {
    const given = value(column);
    if (!given) continue;
    const normalized = isValidIdentifier(kind, given) ? normalizeIdentifier(kind, given) : null;
    if (normalized === null) problems.push(message);
    else identifiers.push({ kind, normalized });
  }
  const subjectId = value("subject_id") || null;
  if (subjectId && !subjectIdSchema.safeParse(subjectId).success) problems.push("Not a valid subject_id");
  const namesAnyone = Boolean(subjectId) || IDENTIFIER_COLUMNS.some(([column]) => value(column) !== "");
  if (!namesAnyone) problems.push("Give an email, phone, external_id or subject_id");

  const purpose = value("purpose");
  if (!purpose) problems.push("purpose is empty");
  else if (!purposeKeySchema.safeParse(purpose).success) problems.push("Not a valid purpose key");
  const decision = CONSENT_DECISIONS.find((d) => d === value("decision").toLowerCase());
  if (!decision) problems.push("decision must be granted or withdrawn");
  const noticeVersion = value("notice_version") || null;
  if (noticeVersion && !noticeVersionSchema.safeParse(noticeVersion).success)
    problems.push("notice_version is longer than 64 characters");

  if (problems.length || !decision) return problems;
  return { line, subjectId, identifiers, purpose, decision, noticeVersion };
}

/** Every row checked; errors list each problem with its line (the header is line 1). */
export function readConsentCsv(text: string): ConsentCsv {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rowCount: 0, rows: [], errors: [{ line: parsed.line, message: parsed.message }] };
  const [header, ...records] = parsed.records;
  if (!header)
    return {
      rowCount: 0,
      rows: [],
      errors: [{ line: 1, message: "The file is empty: it needs a header line and rows" }],
    };

  const { columns, errors: headerErrors } = readHeader(header.fields);
  if (headerErrors.length)
    return {
      rowCount: records.length,
      rows: [],
      errors: headerErrors.map((message) => ({ line: header.line, message })),
    };
  if (records.length > MAX_IMPORT_ROWS) {
    const first = records[MAX_IMPORT_ROWS];
    return {
      rowCount: records.length,
      rows: [],
      errors: [
        {
          line: first.line,
          message: `Too many rows: ${records.length} (at most ${MAX_IMPORT_ROWS} per import)`,
        },
      ],
    };
  }
  if (!records.length)
    return {
      rowCount: 0,
      rows: [],
      errors: [{ line: header.line, message: "The file has no rows under the header" }],
    };

  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  for (const record of records) {
    const row = readRow(record.line, record.fields, columns);
    if (Array.isArray(row)) errors.push(...row.map((message) => ({ line: record.line, message })));
    else rows.push(row);
  }
  return { rowCount: records.length, rows, errors };
}
