// Tampering with the audit trail directly in the database (raw SQL, as someone with database
// access would) is found by the chain verifier, which names the event or seal. Each case puts the
// database back and checks that the chain verifies again, so the cases stay independent.
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { eventHash } from "@/lib/audit/event-hash";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import {
  restoreEvent,
  sealCovering,
  sqlInstant,
  tamper,
  verifiedBefore,
  writeEvents,
  type WriteEventsOptions,
} from "./integrity-test-events";

async function expectChainVerifies(): Promise<void> {
  const result = await verifyAuditChain();
  expect(result.problem).toBeNull();
  expect(result.ok).toBe(true);
}

/** Five fresh sealed events, with a sealed event before and after them so that tampering sits mid-chain. */
async function sealedEvents(options: WriteEventsOptions = {}): Promise<number[]> {
  const ids = await writeEvents(5, options);
  await sealPendingEvents();
  await writeEvents(1);
  await sealPendingEvents();
  return ids;
}

beforeEach(async () => {
  await writeEvents(3);
  await sealPendingEvents();
  await expectChainVerifies();
});

describe("edited events", () => {
  test("(a) an edited result is found, naming the event", async () => {
    const ids = await sealedEvents();
    const target = ids[2];
    await tamper(`UPDATE "AuditEvent" SET "result" = 'failure' WHERE "id" = ${target}`);

    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", eventId: target },
      verifiedUpToEventId: await verifiedBefore(target),
    });
    expect(result.problem?.message).toBe(
      `event ${target}: its content does not match its hash (edited after it was written)`,
    );

    await tamper(`UPDATE "AuditEvent" SET "result" = 'success' WHERE "id" = ${target}`);
    await expectChainVerifies();
  });

  test("(a) edited details are found, naming the event", async () => {
    const ids = await sealedEvents();
    const target = ids[0];
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(`UPDATE "AuditEvent" SET "details" = '{"marker":"rewritten","n":0}' WHERE "id" = ${target}`);

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", eventId: target },
    });

    await tamper(
      `UPDATE "AuditEvent" SET "details" = '${JSON.stringify(original.details)}' WHERE "id" = ${target}`,
    );
    await expectChainVerifies();
  });

  test("(c) content and stored hash rewritten together are found by the seal", async () => {
    const ids = await sealedEvents();
    const target = ids[3];
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    const rewrittenHash = eventHash({ ...original, result: "denied" });
    await tamper(
      `UPDATE "AuditEvent" SET "result" = 'denied', "hash" = '${rewrittenHash}' WHERE "id" = ${target}`,
    );

    const seal = await sealCovering(target);
    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", sealId: seal.id },
      verifiedUpToEventId: await verifiedBefore(target),
    });
    expect(result.problem?.message).toContain(`seal ${seal.id} covers events ${seal.fromId}–${seal.toId}`);

    await tamper(
      `UPDATE "AuditEvent" SET "result" = 'success', "hash" = '${original.hash}' WHERE "id" = ${target}`,
    );
    await expectChainVerifies();
  });

  test("a row written before events were hashed (no stored hash) is sealed by its content, and an edit to it is found", async () => {
    const ids = await writeEvents(3);
    await tamper(`UPDATE "AuditEvent" SET "hash" = NULL WHERE "id" = ${ids[1]}`);
    await sealPendingEvents();
    await expectChainVerifies();

    await tamper(`UPDATE "AuditEvent" SET "action" = 'rewritten' WHERE "id" = ${ids[1]}`);
    const seal = await sealCovering(ids[1]);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", sealId: seal.id },
    });

    await tamper(`UPDATE "AuditEvent" SET "action" = 'call' WHERE "id" = ${ids[1]}`);
    await expectChainVerifies();
  });
});

describe("deleted and inserted events", () => {
  test("(b) a deleted event is found, naming the seal and the missing event", async () => {
    const ids = await sealedEvents();
    const target = ids[2];
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    const seal = await sealCovering(target);
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${target}`);

    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "event_missing", sealId: seal.id, eventId: target },
      verifiedUpToEventId: await verifiedBefore(target),
    });
    expect(result.problem?.message).toContain(
      `seal ${seal.id} covers events ${seal.fromId}–${seal.toId}: 4 present, 5 sealed — an event was deleted`,
    );

    await restoreEvent(row);
    await expectChainVerifies();
  });

  test("deleting the last event of a seal is found too", async () => {
    const ids = await sealedEvents();
    const target = ids[4];
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${target}`);

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "event_missing", eventId: target },
    });

    await restoreEvent(row);
    await expectChainVerifies();
  });

  test("an event inserted into a sealed range is found", async () => {
    // A hole in the ids inside the range: an event written and removed before sealing.
    await writeEvents(2);
    const [holeId] = await writeEvents(1);
    const hole = await db.auditEvent.findUniqueOrThrow({ where: { id: holeId } });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${holeId}`);
    await writeEvents(2);
    await sealPendingEvents();
    await expectChainVerifies();

    await restoreEvent(hole);
    const seal = await sealCovering(holeId);
    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: false, problem: { kind: "event_inserted", sealId: seal.id } });
    expect(result.problem?.message).toContain("5 present, 4 sealed — an event was inserted");

    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${holeId}`);
    await expectChainVerifies();
  });

  test("an event inserted between two seals is found, naming it", async () => {
    const [holeId] = await writeEvents(1);
    const hole = await db.auditEvent.findUniqueOrThrow({ where: { id: holeId } });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${holeId}`);
    await writeEvents(2);
    await sealPendingEvents();
    await expectChainVerifies();

    await restoreEvent(hole);
    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: false, problem: { kind: "event_inserted", eventId: holeId } });
    expect(result.problem?.message).toBe(
      `event ${holeId} is not covered by any seal although later events are (inserted after sealing)`,
    );

    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${holeId}`);
    await expectChainVerifies();
  });
});

describe("seals", () => {
  test("(d) an edited eventsHash is found, naming the seal", async () => {
    const ids = await sealedEvents();
    const seal = await sealCovering(ids[0]);
    await tamper(`UPDATE "AuditSeal" SET "eventsHash" = '${"f".repeat(64)}' WHERE "id" = ${seal.id}`);

    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "seal_edited", sealId: seal.id },
      verifiedUpToEventId: await verifiedBefore(ids[0]),
    });
    expect(result.problem?.message).toBe(
      `seal ${seal.id}: its fields do not match its hash (edited after it was written)`,
    );

    await tamper(`UPDATE "AuditSeal" SET "eventsHash" = '${seal.eventsHash}' WHERE "id" = ${seal.id}`);
    await expectChainVerifies();
  });

  test("a seal rewritten with a consistent hash is found by the next seal", async () => {
    const ids = await sealedEvents();
    const seal = await sealCovering(ids[0]);
    const { sealHash } = await import("@/lib/audit/seal/seal-hash");
    const forgedEventsHash = "e".repeat(64);
    const forgedHash = sealHash({ ...seal, eventsHash: forgedEventsHash });
    await tamper(
      `UPDATE "AuditSeal" SET "eventsHash" = '${forgedEventsHash}', "hash" = '${forgedHash}' WHERE "id" = ${seal.id}`,
    );

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "seal_edited", sealId: seal.id },
    });

    await tamper(
      `UPDATE "AuditSeal" SET "eventsHash" = '${seal.eventsHash}', "hash" = '${seal.hash}' WHERE "id" = ${seal.id}`,
    );
    await expectChainVerifies();
  });

  test("(e) a deleted seal is found as missing", async () => {
    const ids = await sealedEvents();
    const seal = await sealCovering(ids[0]);
    await tamper(`DELETE FROM "AuditSeal" WHERE "id" = ${seal.id}`);

    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "seal_missing", sealId: seal.id },
      verifiedUpToEventId: await verifiedBefore(ids[0]),
    });
    expect(result.problem?.message).toBe(
      `seal ${seal.id} is missing: the chain goes from seal ${seal.id - 1} to seal ${seal.id + 1}`,
    );

    await db.auditSeal.create({ data: seal });
    await expectChainVerifies();
  });

  test("deleting the first seal is found", async () => {
    const first = await db.auditSeal.findUniqueOrThrow({ where: { id: 1 } });
    await tamper(`DELETE FROM "AuditSeal" WHERE "id" = 1`);

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "seal_missing", sealId: 1 },
      verifiedUpToEventId: null,
    });

    await db.auditSeal.create({ data: first });
    await expectChainVerifies();
  });

  test("a seal whose previous-seal hash was changed (and its own hash recomputed) breaks the chain", async () => {
    const ids = await sealedEvents();
    const seal = await sealCovering(ids[0]);
    const { sealHash } = await import("@/lib/audit/seal/seal-hash");
    const forgedPrev = "1".repeat(64);
    await tamper(
      `UPDATE "AuditSeal" SET "prevHash" = '${forgedPrev}', "hash" = '${sealHash({ ...seal, prevHash: forgedPrev })}' WHERE "id" = ${seal.id}`,
    );

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "seal_chain_broken", sealId: seal.id },
    });

    await tamper(
      `UPDATE "AuditSeal" SET "prevHash" = '${seal.prevHash}', "hash" = '${seal.hash}' WHERE "id" = ${seal.id}`,
    );
    await expectChainVerifies();
  });
});

describe("payloads", () => {
  test("(g) an edited payload is found, naming the event", async () => {
    const ids = await sealedEvents({ withPayload: true });
    const target = ids[1];
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(`UPDATE "AuditEvent" SET "payload" = '{"message":"something else"}' WHERE "id" = ${target}`);

    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: false, problem: { kind: "payload_edited", eventId: target } });
    expect(result.problem?.message).toContain(`event ${target}`);

    await tamper(`UPDATE "AuditEvent" SET "payload" = '${original.payload}' WHERE "id" = ${target}`);
    await expectChainVerifies();
  });

  test("(f) a payload dropped without a retention purge is found; with a covering drop_payload purge it is accepted", async () => {
    // Gateway events: their class (tool_call_details) is the one that drops payloads.
    const ids = await sealedEvents({ withPayload: true, category: "gateway" });
    const target = ids[4];
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(
      `UPDATE "AuditEvent" SET "payload" = NULL, "payloadPurgedAt" = ${sqlInstant(new Date(), env.isPostgres)} WHERE "id" = ${target}`,
    );

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "payload_dropped_without_purge", eventId: target },
    });

    // A purge that deleted events, or one whose cutoff is before the event, does not account for it.
    const wrongMode = await db.auditPurge.create({
      data: { policy: "tool_call_details", mode: "delete", cutoff: new Date(Date.now() + 60_000), count: 1 },
    });
    const tooEarly = await db.auditPurge.create({
      data: {
        policy: "tool_call_details",
        mode: "drop_payload",
        cutoff: new Date(original.createdAt.getTime() - 1),
        count: 1,
      },
    });
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "payload_dropped_without_purge", eventId: target },
    });

    // What retention does: a drop_payload purge whose cutoff is after the event.
    const covering = await db.auditPurge.create({
      data: {
        policy: "tool_call_details",
        mode: "drop_payload",
        cutoff: new Date(original.createdAt.getTime() + 1),
        count: 1,
      },
    });
    await expectChainVerifies();

    await db.auditPurge.deleteMany({ where: { id: { in: [wrongMode.id, tooEarly.id, covering.id] } } });
    await tamper(
      `UPDATE "AuditEvent" SET "payload" = '${original.payload}', "payloadPurgedAt" = NULL WHERE "id" = ${target}`,
    );
    await expectChainVerifies();
  });

  test("(h) a drop_payload purge vouches only for events of its own class", async () => {
    // A "tool" event belongs to the audit class, which deletes and never drops payloads.
    const ids = await sealedEvents({ withPayload: true });
    const target = ids[1];
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(
      `UPDATE "AuditEvent" SET "payload" = NULL, "payloadPurgedAt" = ${sqlInstant(new Date(), env.isPostgres)} WHERE "id" = ${target}`,
    );

    // A real run of the tool-call class, due for the event's age, and a forged drop_payload
    // record naming the event's own class: neither accounts for it.
    const otherClass = await db.auditPurge.create({
      data: {
        policy: "tool_call_details",
        mode: "drop_payload",
        cutoff: new Date(original.createdAt.getTime() + 60_000),
        count: 1,
      },
    });
    const forged = await db.auditPurge.create({
      data: {
        policy: "audit",
        mode: "drop_payload",
        cutoff: new Date(original.createdAt.getTime() + 60_000),
        count: 1,
      },
    });
    const result = await verifyAuditChain();
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "payload_dropped_without_purge", eventId: target },
    });
    expect(result.problem?.message).toBe(
      `event ${target}: its payload was removed, but no retention run of its class (audit) dropped payloads of events that old`,
    );

    await db.auditPurge.deleteMany({ where: { id: { in: [otherClass.id, forged.id] } } });
    await tamper(
      `UPDATE "AuditEvent" SET "payload" = '${original.payload}', "payloadPurgedAt" = NULL WHERE "id" = ${target}`,
    );
    await expectChainVerifies();
  });
});

describe("tombstones", () => {
  test("a tombstone is accepted only with a delete purge that was due for it", async () => {
    const ids = await sealedEvents();
    const target = ids[2];
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id: target } });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${target}`);
    await db.auditTombstone.create({
      data: {
        eventId: target,
        hash: row.hash!,
        category: row.category,
        eventAt: row.createdAt,
        purgeId: "no-such-purge",
      },
    });

    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "tombstone_without_purge", eventId: target },
    });

    const notDue = await db.auditPurge.create({
      data: { policy: "audit", mode: "delete", cutoff: row.createdAt, count: 1 },
    });
    await db.auditTombstone.update({ where: { eventId: target }, data: { purgeId: notDue.id } });
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "tombstone_without_purge", eventId: target },
    });

    // A due delete run of another class (sign-ins) does not account for a "tool" event either.
    const otherClass = await db.auditPurge.create({
      data: { policy: "sign_in", mode: "delete", cutoff: new Date(row.createdAt.getTime() + 1), count: 1 },
    });
    await db.auditTombstone.update({ where: { eventId: target }, data: { purgeId: otherClass.id } });
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "tombstone_without_purge", eventId: target },
    });

    const due = await db.auditPurge.create({
      data: { policy: "audit", mode: "delete", cutoff: new Date(row.createdAt.getTime() + 1), count: 1 },
    });
    await db.auditTombstone.update({ where: { eventId: target }, data: { purgeId: due.id } });
    const result = await verifyAuditChain();
    expect(result.problem).toBeNull();
    expect(result.tombstonesChecked).toBe(1);

    // A tombstone carrying another hash than the deleted event's no longer matches the seal.
    await db.auditTombstone.update({ where: { eventId: target }, data: { hash: "0".repeat(64) } });
    const seal = await sealCovering(target);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", sealId: seal.id },
    });

    await db.auditTombstone.delete({ where: { eventId: target } });
    await db.auditPurge.deleteMany({ where: { id: { in: [notDue.id, due.id] } } });
    await restoreEvent(row);
    await expectChainVerifies();
  });

  test("a tombstone for an event that still exists is found as an inserted item", async () => {
    const ids = await sealedEvents();
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id: ids[1] } });
    const purge = await db.auditPurge.create({
      data: { policy: "audit", mode: "delete", cutoff: new Date(Date.now() + 60_000), count: 1 },
    });
    await db.auditTombstone.create({
      data: {
        eventId: row.id,
        hash: row.hash!,
        category: row.category,
        eventAt: row.createdAt,
        purgeId: purge.id,
      },
    });

    const result = await verifyAuditChain();
    expect(result).toMatchObject({ ok: false, problem: { kind: "event_inserted", eventId: row.id } });
    expect(result.problem?.message).toBe(`event ${row.id} exists both as an event and as a tombstone`);

    await db.auditTombstone.delete({ where: { eventId: row.id } });
    await db.auditPurge.delete({ where: { id: purge.id } });
    await expectChainVerifies();
  });

  test("a tombstone after the last seal means seals were deleted from the end of the chain", async () => {
    const ids = await sealedEvents();
    const last = await db.auditSeal.findFirstOrThrow({ orderBy: { id: "desc" } });
    const purge = await db.auditPurge.create({
      data: { policy: "audit", mode: "delete", cutoff: new Date(Date.now() + 60_000), count: 1 },
    });
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id: last.toId } });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${row.id}`);
    await db.auditTombstone.create({
      data: {
        eventId: row.id,
        hash: row.hash!,
        category: row.category,
        eventAt: row.createdAt,
        purgeId: purge.id,
      },
    });
    await expectChainVerifies();

    await tamper(`DELETE FROM "AuditSeal" WHERE "id" = ${last.id}`);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "seal_missing", eventId: row.id },
    });

    await db.auditSeal.create({ data: last });
    await db.auditTombstone.delete({ where: { eventId: row.id } });
    await db.auditPurge.delete({ where: { id: purge.id } });
    await restoreEvent(row);
    expect(ids.length).toBe(5);
    await expectChainVerifies();
  });
});
