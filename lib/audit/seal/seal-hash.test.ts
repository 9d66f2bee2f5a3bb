import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { EventsHasher, GENESIS_HASH, sealHash, type SealFields } from "@/lib/audit/seal/seal-hash";

const seal: SealFields = {
  id: 1,
  fromId: 1,
  toId: 3,
  eventCount: 3,
  eventsHash: "a".repeat(64),
  prevHash: GENESIS_HASH,
};

describe("sealHash", () => {
  test("is SHA-256 over the canonical JSON array [prevHash, id, fromId, toId, eventCount, eventsHash]", () => {
    const expected = createHash("sha256")
      .update(JSON.stringify([GENESIS_HASH, 1, 1, 3, 3, "a".repeat(64)]))
      .digest("hex");
    expect(sealHash(seal)).toBe(expected);
  });

  test("does not depend on the order the fields were given in", () => {
    const reordered: SealFields = {
      prevHash: GENESIS_HASH,
      eventsHash: "a".repeat(64),
      eventCount: 3,
      toId: 3,
      fromId: 1,
      id: 1,
    };
    expect(sealHash(reordered)).toBe(sealHash(seal));
  });

  test.each([
    ["id", { id: 2 }],
    ["fromId", { fromId: 2 }],
    ["toId", { toId: 4 }],
    ["eventCount", { eventCount: 2 }],
    ["eventsHash", { eventsHash: "b".repeat(64) }],
    ["prevHash", { prevHash: "f".repeat(64) }],
  ])("changes when %s changes", (_, change) => {
    expect(sealHash({ ...seal, ...change })).not.toBe(sealHash(seal));
  });
});

describe("EventsHasher", () => {
  test("hashes '<id>:<hash>\\n' lines in the order they were added and counts them", () => {
    const hasher = new EventsHasher();
    hasher.add(7, "h7");
    hasher.add(9, "h9");
    expect(hasher.count).toBe(2);
    expect(hasher.digest()).toBe(createHash("sha256").update("7:h7\n9:h9\n").digest("hex"));
  });

  test("an empty range hashes as the empty string", () => {
    expect(new EventsHasher().digest()).toBe(createHash("sha256").update("").digest("hex"));
  });

  test("order matters: the same events in another order give another hash", () => {
    const a = new EventsHasher();
    a.add(1, "x");
    a.add(2, "y");
    const b = new EventsHasher();
    b.add(2, "y");
    b.add(1, "x");
    expect(a.digest()).not.toBe(b.digest());
  });
});
