import { describe, expect, test } from "vitest";
import { createLegalHoldSchema, updateRetentionSchema } from "@/lib/audit/retention/schemas";

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("createLegalHoldSchema", () => {
  test("accepts each scope on its own, and several together", () => {
    for (const scope of [
      { fromTime: "2025-01-01T00:00:00Z" },
      { toTime: "2025-01-01T00:00:00+02:00" },
      { actorId: "user-1" },
      { subjectEmail: "jane@example.com" },
      { actorId: "user-1", fromTime: "2025-01-01T00:00:00Z", toTime: "2025-02-01T00:00:00Z" },
    ]) {
      expect(createLegalHoldSchema.safeParse({ reason: "Case 12", ...scope }).success).toBe(true);
    }
  });

  test("trims the reason before counting its length", () => {
    expect(fieldsOf(createLegalHoldSchema.safeParse({ reason: "  ab  ", actorId: "x" }))).toEqual(["reason"]);
    expect(createLegalHoldSchema.parse({ reason: "  abc  ", actorId: "x" }).reason).toBe("abc");
  });

  test("needs a scope, and a range that ends after it starts", () => {
    expect(fieldsOf(createLegalHoldSchema.safeParse({ reason: "No scope" }))).toEqual(["scope"]);
    const same = "2025-01-01T00:00:00Z";
    expect(
      fieldsOf(createLegalHoldSchema.safeParse({ reason: "Empty range", fromTime: same, toTime: same })),
    ).toEqual(["toTime"]);
  });

  test("refuses unknown fields, such as a subject hash sent directly", () => {
    expect(
      createLegalHoldSchema.safeParse({ reason: "Sneaky", subjectHash: "abc", actorId: "x" }).success,
    ).toBe(false);
  });
});

describe("updateRetentionSchema", () => {
  test.each([
    [1, true],
    [36_500, true],
    [0, false],
    [36_501, false],
    [2.5, false],
    [-3, false],
  ])("days %s -> valid %s", (days, valid) => {
    expect(updateRetentionSchema.safeParse({ days }).success).toBe(valid);
  });
});
