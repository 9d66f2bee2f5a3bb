import { describe, expect, it } from "vitest";
import { findEmailInArguments } from "@/lib/privacy/find-person-in-arguments";

describe("findEmailInArguments", () => {
  it("finds an email nested in objects and arrays", () => {
    expect(findEmailInArguments({ query: { to: ["x", "Write to Jane.Doe@Example.com today"] } })).toBe(
      "Jane.Doe@Example.com",
    );
  });
  it("returns null when no string holds an address", () => {
    expect(findEmailInArguments({ a: 1, b: "no at sign", c: "user@localhost", d: null })).toBeNull();
  });
});
