import { describe, expect, it } from "vitest";
import { isIssuableSsn, ssnDetector } from "@/lib/privacy/detection/detect-ssn";
import { valuesFoundBy } from "@/tests/helpers/detector-values";

describe("ssnDetector", () => {
  it("finds dashed numbers in issuable ranges", () => {
    expect(valuesFoundBy(ssnDetector, 'SSN 123-45-6789, {"ssn":"078-05-1121"}, 899-99-9999.')).toEqual([
      "123-45-6789",
      "078-05-1121",
      "899-99-9999",
    ]);
  });

  it("leaves out the ranges the SSA never issues", () => {
    const text = "000-12-3456 666-12-3456 900-12-3456 999-12-3456 123-00-4567 123-45-0000";
    expect(valuesFoundBy(ssnDetector, text)).toEqual([]);
    expect(isIssuableSsn("665", "01", "0001")).toBe(true);
    expect(isIssuableSsn("666", "01", "0001")).toBe(false);
  });

  it("does not take parts of longer numbers or other shapes", () => {
    expect(
      valuesFoundBy(
        ssnDetector,
        "1123-45-6789 123-45-67890 123-45-6789-1 A123-45-6789 123456789 123 45 6789",
      ),
    ).toEqual([]);
  });
});
