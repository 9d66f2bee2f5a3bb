// The consent CSV import through its REST handler: a dry run lists every bad row with its line,
// a real import with any bad row writes nothing, a good one writes every row in one go.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import * as importRoute from "@/app/api/v1/consents/import/route";
import { consentFor } from "@/lib/privacy/consent/consent-ledger";
import type { ConsentImportResult } from "@/lib/privacy/consent/consent-view-type";
import { findSubject, resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { call, type ErrorBody } from "../../helpers/http";
import { auditRowsContaining, findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";

type ImportBody = ConsentImportResult & ErrorBody;

let officer = "";

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
});

function upload(csv: string, dryRun: "true" | "false" | null) {
  const query = dryRun === null ? "" : `?dryRun=${dryRun}`;
  return call<ImportBody>(importRoute.POST, "POST", `/api/v1/consents/import${query}`, {
    apiKey: officer,
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

async function ledgerSize() {
  return { records: await db.consentRecord.count(), subjects: await db.dataSubject.count() };
}

describe("a file with bad rows", () => {
  const email = () => `${uniqueName("row")}@example.com`;
  const badFile = () =>
    [
      "email,external_id,subject_id,purpose,decision,notice_version",
      `${email()},,,marketing,granted,v1`, // 2: fine
      "not-an-email,,,marketing,granted,", // 3: bad email
      `${email()},,,no_such_purpose,granted,`, // 4: unknown purpose
      `${email()},,,marketing,perhaps,`, // 5: bad decision
      ",,ds_unknownsubject01,marketing,granted,", // 6: unknown subject
      ",,,marketing,granted,", // 7: nobody named
      `${email()},,,marketing`, // 8: too few fields, no decision
      `${email()},x,,analytics,withdrawn,v2`, // 9: fine
    ].join("\n");

  test("the dry run lists every bad row with its line and writes nothing", async () => {
    const before = await ledgerSize();
    const res = await upload(badFile(), "true");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, rows: 8, imported: 0 });
    expect(res.body.errors).toEqual([
      { line: 3, message: "Not a valid email address" },
      { line: 4, message: "Unknown purpose: no_such_purpose" },
      { line: 5, message: "decision must be granted or withdrawn" },
      { line: 6, message: "Unknown subject_id" },
      { line: 7, message: "Give an email, phone, external_id or subject_id" },
      { line: 8, message: "Expected 6 fields, found 4" },
      { line: 8, message: "decision must be granted or withdrawn" },
    ]);
    expect(await ledgerSize()).toEqual(before);
  });

  test("a real import answers 400 with the same errors and imports nothing, not even the good rows", async () => {
    const before = await ledgerSize();
    const file = badFile();
    const res = await upload(file, "false");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.details?.errors).toHaveLength(7);
    expect(await ledgerSize()).toEqual(before);
    // The messages and the audit trail name no one.
    expect(JSON.stringify(res.body)).not.toContain("not-an-email");
    expect(await auditRowsContaining("not-an-email")).toEqual([]);
  });

  test("without dryRun nothing is written either: a dry run is the default", async () => {
    const before = await ledgerSize();
    const res = await upload(`email,purpose,decision\n${email()},marketing,granted\n`, null);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, rows: 1, errors: [], imported: 0 });
    expect(await ledgerSize()).toEqual(before);
  });
});

describe("the file's shape", () => {
  test("duplicate, unknown and missing header columns are errors on line 1", async () => {
    const dup = await upload(
      "email,Email,purpose,decision\na@example.com,a@example.com,marketing,granted\n",
      "true",
    );
    expect(dup.body.errors).toEqual([{ line: 1, message: 'Duplicate column "email"' }]);
    const unknown = await upload("jane@example.com,marketing,granted\n", "true");
    expect(unknown.body.errors.every((e) => e.line === 1)).toBe(true);
    expect(JSON.stringify(unknown.body)).not.toContain("jane@example.com");
    const noDecision = await upload("email,purpose\na@example.com,marketing\n", "true");
    expect(noDecision.body.errors).toEqual([{ line: 1, message: 'The header needs a "decision" column' }]);
  });

  test("more than 10,000 rows are refused as a whole", async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `ext-${i},marketing,granted`);
    const res = await upload(["external_id,purpose,decision", ...rows].join("\n"), "true");
    expect(res.body.rows).toBe(10_001);
    expect(res.body.errors).toEqual([
      { line: 10_002, message: "Too many rows: 10001 (at most 10000 per import)" },
    ]);
  });

  test("an unclosed quote is reported at its line", async () => {
    const res = await upload('external_id,purpose,decision\n"open,marketing,granted\n', "true");
    expect(res.body.errors).toEqual([{ line: 2, message: "A quoted field is never closed." }]);
  });
});

describe("a good file", () => {
  test("imports every row in one go: BOM, CRLF, quotes, any header case; one audit event; the ledger sees it", async () => {
    const known = await resolveSubject({ kind: "external_id", value: uniqueName("known") }, "api");
    const newEmail = `${uniqueName("new")}@example.com`;
    const phone = "+1 202-555-0177";
    const since = await lastAuditId();
    const before = await ledgerSize();
    const file =
      "\uFEFFEMAIL,Phone,Subject_ID,Purpose,Decision,Notice_Version\r\n" +
      `"${newEmail}",,,marketing,granted,"v1, 2026"\r\n` +
      `${newEmail.toUpperCase()},"${phone}",,analytics,GRANTED,\r\n` +
      `,,${known.id},marketing,withdrawn,v1\r\n`;

    const dry = await upload(file, "true");
    expect(dry.body).toEqual({ dryRun: true, rows: 3, errors: [], imported: 0 });

    const res = await upload(file, "false");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ dryRun: false, rows: 3, errors: [], imported: 3 });
    // One new subject for the two rows naming the same address, holding the phone as well.
    expect(await ledgerSize()).toEqual({ records: before.records + 3, subjects: before.subjects + 1 });
    const subject = await findSubject({ kind: "email", value: newEmail });
    expect(await findSubject({ kind: "phone", value: phone })).toEqual(subject);
    const stored = await db.consentRecord.findMany({
      where: { subjectId: subject!.id },
      orderBy: { id: "asc" },
    });
    expect(stored.map((r) => [r.purposeKey, r.decision, r.noticeVersion, r.source])).toEqual([
      ["marketing", "granted", "v1, 2026", "import"],
      ["analytics", "granted", null, "import"],
    ]);
    expect((await db.dataSubject.findUniqueOrThrow({ where: { id: subject!.id } })).source).toBe("import");
    expect(await consentFor(subject!.id, "analytics")).toBe("granted");
    expect(await consentFor(known.id, "marketing")).toBe("withdrawn");

    const events = await findAuditEvents({ category: "privacy", action: "consent_imported", sinceId: since });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ result: "success", details: { rows: 3, newSubjects: 1 } });
    expect(await auditRowsContaining(newEmail)).toEqual([]);
  });

  test("a row whose identifiers name two different people is an error", async () => {
    const a = await resolveSubject({ kind: "external_id", value: uniqueName("a") }, "api");
    const email = `${uniqueName("b")}@example.com`;
    await resolveSubject({ kind: "email", value: email }, "api");
    const res = await upload(
      `email,subject_id,purpose,decision\n${email},${a.id},marketing,granted\n`,
      "true",
    );
    expect(res.body.errors).toEqual([
      { line: 2, message: "The identifiers in this row belong to different data subjects" },
    ]);
  });
});
