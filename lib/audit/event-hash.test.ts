import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { eventHash, eventHashVersion, type HashedEventFields } from "@/lib/audit/event-hash";

const v1Event: HashedEventFields = {
  createdAt: new Date("2026-11-22T10:00:00.123Z"),
  category: "auth",
  action: "sign_in",
  result: "success",
  actorType: "user",
  actorId: "u1",
  actorLabel: "pd1.sk_1.a.b.c",
  actorHash: "ab".repeat(32),
  actorSubjectId: null,
  subjectId: null,
  subjectHash: null,
  personal: null,
  serverId: null,
  tool: null,
  target: null,
  correlationId: "c1",
  ip: "203.0.113.7",
  userAgent: "curl/8",
  durationMs: null,
  details: { method: "password" },
  payloadDigest: null,
};

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The v1 fields exactly as rows were hashed before actorSubjectId existed. */
function legacyV1Fields(e: HashedEventFields): unknown[] {
  return [
    "gatehouse-audit-v1",
    e.createdAt.toISOString(),
    e.category,
    e.action,
    e.result,
    e.actorType,
    e.actorId,
    e.actorLabel,
    e.actorHash,
    e.subjectId,
    e.subjectHash,
    e.personal,
    e.serverId,
    e.tool,
    e.target,
    e.correlationId,
    e.ip,
    e.userAgent,
    e.durationMs,
    e.details ?? null,
    e.payloadDigest,
  ];
}

const legacyV1Hash = (e: HashedEventFields) => sha256(canonicalJson(legacyV1Fields(e)));

describe("event hash versions", () => {
  it("a row without actorSubjectId is hashed as v1, exactly as before the column existed", () => {
    expect(eventHashVersion(v1Event)).toBe("gatehouse-audit-v1");
    expect(eventHash(v1Event)).toBe(legacyV1Hash(v1Event));
  });

  it("a row with actorSubjectId is hashed as v2, with the pseudonym appended", () => {
    const v2Event = { ...v1Event, actorHash: null, actorSubjectId: "ds_abcdefghijklmnop" };
    expect(eventHashVersion(v2Event)).toBe("gatehouse-audit-v2");
    const v1Fields = JSON.parse(canonicalJson(legacyV1Fields(v2Event))) as unknown[];
    const expected = sha256(
      canonicalJson(["gatehouse-audit-v2", ...v1Fields.slice(1), "ds_abcdefghijklmnop"]),
    );
    expect(eventHash(v2Event)).toBe(expected);
  });

  it("the pseudonym is covered: changing or removing it changes the hash", () => {
    const v2Event = { ...v1Event, actorSubjectId: "ds_abcdefghijklmnop" };
    const base = eventHash(v2Event);
    expect(eventHash({ ...v2Event, actorSubjectId: "ds_zzzzzzzzzzzzzzzz" })).not.toBe(base);
    expect(eventHash({ ...v2Event, actorSubjectId: null })).not.toBe(base);
    expect(eventHash({ ...v2Event, actorSubjectId: null })).toBe(legacyV1Hash(v1Event));
  });
});
