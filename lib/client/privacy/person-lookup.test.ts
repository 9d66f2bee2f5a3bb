import { describe, expect, it } from "vitest";
import { checkPersonLookup, isPersonLookupKind } from "@/lib/client/privacy/person-lookup";

describe("checkPersonLookup", () => {
  it("builds the lookup of each kind", () => {
    expect(checkPersonLookup("email", " ada@example.com ")).toEqual({
      ok: true,
      lookup: { email: "ada@example.com" },
    });
    expect(checkPersonLookup("phone", "+44 20 7946 0958")).toEqual({
      ok: true,
      lookup: { phone: "+44 20 7946 0958" },
    });
    expect(checkPersonLookup("external_id", "crm-1042")).toEqual({
      ok: true,
      lookup: { externalId: "crm-1042" },
    });
    expect(checkPersonLookup("id", "ds_abcdefgh1234")).toEqual({
      ok: true,
      lookup: { id: "ds_abcdefgh1234" },
    });
  });

  it("asks for a value when none was typed", () => {
    expect(checkPersonLookup("external_id", "  ")).toEqual({
      ok: false,
      message: "Enter the person's external id",
    });
  });

  it("gives the schema's own message for the chosen kind, not the union's", () => {
    expect(checkPersonLookup("email", "not-an-email")).toEqual({
      ok: false,
      message: "Enter a valid email address",
    });
    expect(checkPersonLookup("id", "someone")).toEqual({ ok: false, message: "Not a data subject id" });
  });
});

describe("isPersonLookupKind", () => {
  it("accepts the select's values and nothing else", () => {
    expect(["email", "phone", "external_id", "id"].every(isPersonLookupKind)).toBe(true);
    expect(isPersonLookupKind("externalId")).toBe(false);
  });
});
