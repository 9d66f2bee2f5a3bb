import { describe, expect, it } from "vitest";
import { subjectSearchQuery, toSubjectSearch } from "@/lib/client/privacy/subject-search";

describe("toSubjectSearch", () => {
  it("trims the text and keeps the kind", () => {
    expect(toSubjectSearch("email", "  ada@example.com ")).toEqual({
      kind: "email",
      value: "ada@example.com",
    });
  });

  it("is null when nothing but spaces was typed", () => {
    expect(toSubjectSearch("phone", "   ")).toBeNull();
  });
});

describe("subjectSearchQuery", () => {
  it("names each kind by the API's parameter and encodes the value", () => {
    expect(subjectSearchQuery({ kind: "email", value: "a+b@example.com" })).toBe("email=a%2Bb%40example.com");
    expect(subjectSearchQuery({ kind: "phone", value: "+44 20 7946 0958" })).toBe("phone=%2B44+20+7946+0958");
    expect(subjectSearchQuery({ kind: "external_id", value: "crm-1042" })).toBe("externalId=crm-1042");
  });
});
