import { describe, expect, it } from "vitest";
import {
  CONSENT_CSV_COLUMNS,
  CONSENT_CSV_EXAMPLE_ROWS,
  CONSENT_CSV_HEADER,
  CONSENT_CSV_TEMPLATE,
} from "@/lib/client/privacy/consent-csv-template";
import { BUILT_IN_PURPOSE_KEYS, CONSENT_DECISIONS } from "@/lib/privacy/consent/schemas";
import { subjectIdSchema } from "@/lib/privacy/subjects/schemas";

const IDENTIFIER_COLUMNS = ["email", "phone", "external_id", "subject_id"];

function rowsOf(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split("\n");
  const columns = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]]));
  });
}

describe("the consent CSV template", () => {
  it("starts with the documented header line and ends with a newline", () => {
    expect(CONSENT_CSV_HEADER).toBe("email,phone,external_id,subject_id,purpose,decision,notice_version");
    expect(CONSENT_CSV_TEMPLATE.split("\n")[0]).toBe(CONSENT_CSV_HEADER);
    expect(CONSENT_CSV_TEMPLATE.endsWith("\n")).toBe(true);
  });

  it("has example rows the import would accept: one person, a built-in purpose, a decision", () => {
    const rows = rowsOf(CONSENT_CSV_TEMPLATE);
    expect(rows).toHaveLength(CONSENT_CSV_EXAMPLE_ROWS.length);
    for (const row of rows) {
      expect(IDENTIFIER_COLUMNS.filter((column) => row[column] !== "")).toHaveLength(1);
      expect(BUILT_IN_PURPOSE_KEYS).toContain(row.purpose);
      expect(CONSENT_DECISIONS).toContain(row.decision);
      if (row.subject_id) expect(subjectIdSchema.safeParse(row.subject_id).success).toBe(true);
    }
  });

  it("shows every way of naming a person", () => {
    const rows = rowsOf(CONSENT_CSV_TEMPLATE);
    for (const column of IDENTIFIER_COLUMNS) expect(rows.some((row) => row[column] !== "")).toBe(true);
    expect(CONSENT_CSV_COLUMNS.filter((c) => !IDENTIFIER_COLUMNS.includes(c))).toEqual([
      "purpose",
      "decision",
      "notice_version",
    ]);
  });
});
