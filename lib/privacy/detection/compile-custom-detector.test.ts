import { describe, expect, it } from "vitest";
import { compileCustomDetector } from "@/lib/privacy/detection/compile-custom-detector";
import { findNestedQuantifier } from "@/lib/privacy/detection/find-nested-quantifier";
import type { CustomDetectorDefinition, Finding } from "@/lib/privacy/detection/detection-types";

const employeeId: CustomDetectorDefinition = {
  id: "det_1",
  name: "Employee id",
  pattern: String.raw`\bEMP-\d{6}\b`,
  sample: "Assigned to EMP-004211.",
};

function messageFor(changes: Partial<CustomDetectorDefinition>): string {
  const result = compileCustomDetector({ ...employeeId, ...changes });
  if (result.ok) throw new Error("expected the definition to be refused");
  return result.message;
}

describe("compileCustomDetector", () => {
  it("compiles a valid definition into a detector that finds every match", () => {
    const result = compileCustomDetector({ ...employeeId, flags: "i" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out: Finding[] = [];
    result.detector.find("emp-000001 and EMP-123456, not EMP-12345", out);
    expect(out).toEqual([
      { kind: "custom", detectorId: "det_1", start: 0, end: 10, value: "emp-000001" },
      { kind: "custom", detectorId: "det_1", start: 15, end: 25, value: "EMP-123456" },
    ]);
    // The regex is reused: a second text starts from its beginning again.
    const again: Finding[] = [];
    result.detector.find("EMP-999999", again);
    expect(again).toHaveLength(1);
  });

  it("refuses a missing or overlong name", () => {
    expect(messageFor({ name: "  " })).toBe("Give the detector a name.");
    expect(messageFor({ name: "n".repeat(81) })).toBe("The name is longer than 80 characters.");
  });

  it("refuses a pattern that is empty, too long or not a regular expression", () => {
    expect(messageFor({ pattern: "" })).toBe("Enter a pattern.");
    expect(messageFor({ pattern: "a".repeat(501) })).toBe("The pattern is longer than 500 characters.");
    expect(messageFor({ pattern: "EMP-(\\d+" })).toBe("The pattern is not a valid regular expression.");
  });

  it("refuses flags other than i, m, s and u", () => {
    expect(messageFor({ flags: "g" })).toMatch(/^Flags may only be i/);
    expect(messageFor({ flags: "y" })).toMatch(/^Flags may only be i/);
    expect(messageFor({ flags: "ii" })).toMatch(/^Flags may only be i/);
    expect(compileCustomDetector({ ...employeeId, flags: "imsu" }).ok).toBe(true);
  });

  it("refuses patterns that can match the empty string", () => {
    expect(messageFor({ pattern: "\\d*" })).toBe(
      "The pattern can match an empty text; it must match at least one character.",
    );
    expect(messageFor({ pattern: "EMP|" })).toBe(
      "The pattern can match an empty text; it must match at least one character.",
    );
    expect(messageFor({ pattern: "\\b" })).toBe(
      "The pattern can match an empty text; it must match at least one character.",
    );
  });

  it("refuses nested unbounded quantifiers", () => {
    for (const pattern of ["(a+)+", "(.*)*", "(\\d+\\s?)*", "((ab)+)+", "(?:x+y){2,}", "([a-z]+){1,50}"]) {
      expect(messageFor({ pattern, sample: "aaaa" })).toMatch(
        /^The pattern repeats a group that itself repeats without limit/,
      );
    }
  });

  it("refuses a pattern that blows the time budget on the probe texts", () => {
    // A clock that moves 50 ms between readings: the refusal path, without timing anything real.
    let clock = 0;
    const slowClock = () => (clock += 50);
    const result = compileCustomDetector(employeeId, { now: slowClock });
    expect(result).toEqual({
      ok: false,
      field: "pattern",
      message:
        "The pattern takes too long on some texts (it backtracks, for example through alternatives that overlap such as (\\w|\\d)+). Make the alternatives or repetitions exclusive.",
    });
    expect(compileCustomDetector(employeeId, { now: () => 0 }).ok).toBe(true);
    expect(compileCustomDetector(employeeId, { now: slowClock, skipProbe: true }).ok).toBe(true);
  });

  it("refuses a pattern that does not match its sample, and an empty sample", () => {
    expect(messageFor({ sample: "nothing here" })).toBe("The pattern does not match the sample.");
    expect(messageFor({ sample: "" })).toBe("Enter a sample the pattern must find.");
  });
});

describe("findNestedQuantifier", () => {
  it("accepts repetitions that are bounded or not nested", () => {
    for (const pattern of [
      "(ab)+",
      "a+b+",
      "(\\w{1,10})+",
      "[(a+)+]",
      "\\(a+\\)+",
      "(?:EMP-\\d{6})",
      "(a+|b)",
    ]) {
      expect(findNestedQuantifier(pattern)).toBe(-1);
    }
  });

  it("points at the closing parenthesis of the offending group", () => {
    expect(findNestedQuantifier("x(a+)+")).toBe(4);
  });
});
