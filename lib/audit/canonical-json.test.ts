import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { eventHash, type HashedEventFields } from "@/lib/audit/event-hash";

const event: HashedEventFields = {
  createdAt: new Date("2026-11-22T10:00:00.123Z"),
  category: "gateway",
  action: "tools/call",
  result: "success",
  actorType: "api_key",
  actorId: "k1",
  actorLabel: "agent (ghk_abc)",
  actorHash: null,
  actorSubjectId: null,
  subjectId: null,
  subjectHash: null,
  personal: null,
  serverId: "s1",
  tool: "everything/echo",
  target: "everything/echo",
  correlationId: "c1",
  ip: null,
  userAgent: null,
  durationMs: 3,
  details: { outcome: "success", upstreamMs: 1.5 },
  payloadDigest: null,
};

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });
  it("writes a Date as its ISO string (a key-sorting copy would turn it into {})", () => {
    expect(canonicalJson({ at: new Date("2026-11-22T10:00:00.123Z") })).toBe(
      '{"at":"2026-11-22T10:00:00.123Z"}',
    );
    expect(canonicalJson([new Date(0)])).toBe('["1970-01-01T00:00:00.000Z"]');
  });
  it("writes undefined in arrays as null, and undefined alone as null", () => {
    expect(canonicalJson([1, undefined])).toBe("[1,null]");
    expect(canonicalJson(undefined)).toBe("null");
  });
});

describe("eventHash", () => {
  it("is the same whatever the key order of details (jsonb reorders them)", () => {
    expect(eventHash({ ...event, details: { upstreamMs: 1.5, outcome: "success" } })).toBe(eventHash(event));
  });
  it("changes when any covered field changes", () => {
    const base = eventHash(event);
    expect(eventHash({ ...event, result: "error" })).not.toBe(base);
    expect(eventHash({ ...event, createdAt: new Date("2026-11-22T10:00:00.124Z") })).not.toBe(base);
    expect(eventHash({ ...event, details: { outcome: "success", upstreamMs: 1.6 } })).not.toBe(base);
    expect(eventHash({ ...event, payloadDigest: "00" })).not.toBe(base);
    expect(eventHash({ ...event, actorId: null })).not.toBe(base);
  });
});

describe("canonicalJson matches JSON.stringify of a key-sorted copy", () => {
  it("for nested values, unicode, numbers, dates and undefined in arrays", () => {
    const value = {
      z: [1, undefined, 'é\n"x"', { b: null, a: 1.5e-7 }],
      a: { d: new Date(0), c: true },
      m: undefined,
      n: -0,
    };
    const sortedCopy = {
      a: { c: true, d: new Date(0) },
      n: -0,
      z: [1, undefined, 'é\n"x"', { a: 1.5e-7, b: null }],
    };
    expect(canonicalJson(value)).toBe(JSON.stringify(sortedCopy));
  });
});
