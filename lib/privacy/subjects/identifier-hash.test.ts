import { beforeAll, describe, expect, it, vi } from "vitest";

// The index key derives from the master secret; a fixed one keeps the test off the data directory.
vi.hoisted(() => {
  process.env.GATEHOUSE_SECRET = "unit-test-secret-for-identifier-hashes-0123456789";
});

type Module = typeof import("@/lib/privacy/subjects/identifier-hash");
let mod: Module;
let subjectHashOf: (email: string) => string;

beforeAll(async () => {
  mod = await import("@/lib/privacy/subjects/identifier-hash");
  subjectHashOf = (await import("@/lib/privacy/subject-hash")).subjectHashOf;
});

describe("normalizeIdentifier", () => {
  it("trims and lowercases emails, and refuses text without an @", () => {
    expect(mod.normalizeIdentifier("email", "  Jane.Doe@Example.COM ")).toBe("jane.doe@example.com");
    expect(mod.normalizeIdentifier("email", "not-an-email")).toBeNull();
  });

  it("writes phones as E.164, national numbers in the US region", () => {
    expect(mod.normalizeIdentifier("phone", "(202) 555-0123")).toBe("+12025550123");
    expect(mod.normalizeIdentifier("phone", "+1 202-555-0123")).toBe("+12025550123");
    expect(mod.normalizeIdentifier("phone", "+44 20 7946 0958")).toBe("+442079460958");
  });

  it("answers null for what is not a valid phone", () => {
    expect(mod.normalizeIdentifier("phone", "12345")).toBeNull();
    expect(mod.normalizeIdentifier("phone", "call me")).toBeNull();
    expect(mod.normalizeIdentifier("phone", "+1 000-000-0000")).toBeNull();
  });

  it("trims external ids and keeps their case", () => {
    expect(mod.normalizeIdentifier("external_id", "  Cust-42 ")).toBe("Cust-42");
    expect(mod.normalizeIdentifier("external_id", "   ")).toBeNull();
  });
});

describe("identifierHash", () => {
  it("is exactly the audit trail's subject hash for emails", () => {
    expect(mod.identifierHash("email", " Jane@Example.com")).toBe(subjectHashOf("jane@example.com"));
  });

  it("gives one hash for every spelling of a phone number", () => {
    expect(mod.identifierHash("phone", "(202) 555-0123")).toBe(mod.identifierHash("phone", "+12025550123"));
  });

  it("keeps kinds apart: the same text as an external id and as a phone hash differently", () => {
    expect(mod.identifierHash("external_id", "+12025550123")).not.toBe(
      mod.identifierHash("phone", "+12025550123"),
    );
  });

  it("is keyed: not a bare SHA-256 of the value", async () => {
    const { createHash } = await import("node:crypto");
    const bare = createHash("sha256").update("external_id:cust-1").digest("hex");
    expect(mod.identifierHash("external_id", "cust-1")).not.toBe(bare);
    expect(mod.identifierHash("external_id", "cust-1")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an invalid value with a message that does not echo it", () => {
    expect(() => mod.identifierHash("phone", "555-12")).toThrow(/Not a valid phone number\.$/);
  });
});
