import { describe, expect, test } from "vitest";
import {
  claimFromArguments,
  claimFromMeta,
  claimFromText,
  withoutSubjectMeta,
} from "@/lib/gateway/subject-claims";

describe("subject claims", () => {
  test("header text: email with @, else external id; blank, bad or overlong is none", () => {
    expect(claimFromText(" Jane@Example.com ")).toEqual({ kind: "email", value: "Jane@Example.com" });
    expect(claimFromText("cust-42")).toEqual({ kind: "external_id", value: "cust-42" });
    expect(claimFromText("not@")).toBeNull();
    expect(claimFromText("  ")).toBeNull();
    expect(claimFromText(null)).toBeNull();
    expect(claimFromText("x".repeat(255))).toBeNull();
  });

  test("_meta: a string or one of email, phone, externalId", () => {
    expect(claimFromMeta({ "gatehouse/subject": "u1" })).toEqual({ kind: "external_id", value: "u1" });
    expect(claimFromMeta({ "gatehouse/subject": { email: "a@b.example" } })).toEqual({
      kind: "email",
      value: "a@b.example",
    });
    expect(claimFromMeta({ "gatehouse/subject": { phone: "+1 202 555 0143" } })).toEqual({
      kind: "phone",
      value: "+1 202 555 0143",
    });
    expect(claimFromMeta({ "gatehouse/subject": { phone: "12" } })).toBeNull();
    expect(claimFromMeta({ "gatehouse/subject": { externalId: 7 } })).toEqual({
      kind: "external_id",
      value: "7",
    });
    expect(claimFromMeta({ "gatehouse/subject": { name: "x" } })).toBeNull();
    expect(claimFromMeta({ progressToken: 1 })).toBeNull();
    expect(claimFromMeta(undefined)).toBeNull();
  });

  test("arguments: the first declared path with a value, kind by shape", () => {
    const paths = [["customer", "email"], ["customer", "phone"], ["id"]];
    expect(claimFromArguments({ customer: { email: "j@x.example" } }, paths)).toEqual({
      kind: "email",
      value: "j@x.example",
    });
    expect(claimFromArguments({ customer: { phone: "+44 20 7946 0958" } }, paths)).toEqual({
      kind: "phone",
      value: "+44 20 7946 0958",
    });
    expect(claimFromArguments({ customer: {}, id: 991 }, paths)).toEqual({
      kind: "external_id",
      value: "991",
    });
    expect(claimFromArguments({ customer: "flat" }, paths)).toBeNull();
    expect(claimFromArguments({ other: "a@b.example" }, paths)).toBeNull();
  });

  test("the subject is not forwarded upstream; other _meta is", () => {
    const params = { uri: "x", _meta: { "gatehouse/subject": "u1", progressToken: 3 } };
    expect(withoutSubjectMeta(params)).toEqual({ uri: "x", _meta: { progressToken: 3 } });
    expect(params._meta).toHaveProperty("gatehouse/subject");
    const plain: { uri: string; _meta?: Record<string, unknown> } = { uri: "y" };
    expect(withoutSubjectMeta(plain)).toBe(plain);
  });
});
