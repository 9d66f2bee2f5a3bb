import { describe, expect, it } from "vitest";
import { currentDryRun, isReadyToImport, type DryRun } from "@/lib/client/privacy/import-readiness";

const CSV = "email,purpose,decision\nada@example.com,marketing,granted\n";
const clean: DryRun = { text: CSV, result: { dryRun: true, rows: 1, errors: [], imported: 0 } };
const bad: DryRun = {
  text: CSV,
  result: { dryRun: true, rows: 1, errors: [{ line: 2, message: "Unknown purpose" }], imported: 0 },
};

describe("isReadyToImport", () => {
  it("needs a dry run first", () => {
    expect(isReadyToImport(CSV, null)).toBe(false);
  });

  it("allows the import after a clean dry run of the same text", () => {
    expect(isReadyToImport(CSV, clean)).toBe(true);
  });

  it("refuses once the text changed, even by one character", () => {
    expect(isReadyToImport(`${CSV} `, clean)).toBe(false);
  });

  it("refuses after a dry run with bad rows, or with no rows at all", () => {
    expect(isReadyToImport(CSV, bad)).toBe(false);
    expect(isReadyToImport(CSV, { text: CSV, result: { ...clean.result, rows: 0 } })).toBe(false);
  });
});

describe("currentDryRun", () => {
  it("shows the result while it describes the text, and drops it after an edit", () => {
    expect(currentDryRun(CSV, bad)).toBe(bad.result);
    expect(currentDryRun("email\n", bad)).toBeNull();
  });
});
