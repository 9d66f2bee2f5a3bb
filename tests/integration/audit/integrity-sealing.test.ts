// The sealer chains events in id order into seals of bounded size; the verifier recomputes the
// chain and reports how far it got. Sealers racing each other (in one process here; across
// processes on PostgreSQL in integrity-concurrent-writers.test.ts) still leave one chain.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createHash } from "node:crypto";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { sealingStatus } from "@/lib/audit/seal/sealing-status";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { GENESIS_HASH, sealHash } from "@/lib/audit/seal/seal-hash";
import { readEventRows } from "@/lib/audit/seal/read-event-rows";
import { eventHash } from "@/lib/audit/event-hash";
import { recordEvent } from "@/lib/audit/record-event";
import { writeEvents } from "./integrity-test-events";

describe("before anything is sealed", () => {
  test("an empty trail verifies, with nothing verified", async () => {
    expect(await sealPendingEvents()).toEqual({ sealed: 0, seals: 0 });
    expect(await verifyAuditChain()).toMatchObject({
      ok: true,
      verifiedUpToEventId: null,
      sealsChecked: 0,
      eventsChecked: 0,
      unsealedEvents: 0,
      problem: null,
    });
    expect(await sealingStatus()).toEqual({
      lastSeal: null,
      seals: 0,
      unsealedEvents: 0,
      oldestUnsealedAt: null,
    });
  });

  test("events not sealed yet are counted, not verified", async () => {
    const ids = await writeEvents(4);
    const first = await db.auditEvent.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(await verifyAuditChain()).toMatchObject({
      ok: true,
      verifiedUpToEventId: null,
      unsealedEvents: 4,
    });
    expect(await sealingStatus()).toEqual({
      lastSeal: null,
      seals: 0,
      unsealedEvents: 4,
      oldestUnsealedAt: first.createdAt.toISOString(),
    });
  });
});

describe("sealing", () => {
  test("seals events in id order, at most maxEventsPerSeal per seal, each linked to the one before", async () => {
    const ids = [
      ...(await db.auditEvent.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id),
      ...(await writeEvents(21)),
    ];
    expect(ids).toHaveLength(25);

    expect(await sealPendingEvents({ maxEventsPerSeal: 10 })).toEqual({ sealed: 25, seals: 3 });

    const seals = await db.auditSeal.findMany({ orderBy: { id: "asc" } });
    expect(seals.map((s) => [s.id, s.fromId, s.toId, s.eventCount])).toEqual([
      [1, ids[0], ids[9], 10],
      [2, ids[10], ids[19], 10],
      [3, ids[20], ids[24], 5],
    ]);
    expect(seals[0].prevHash).toBe(GENESIS_HASH);
    expect(seals[1].prevHash).toBe(seals[0].hash);
    expect(seals[2].prevHash).toBe(seals[1].hash);
    for (const seal of seals) expect(seal.hash).toBe(sealHash(seal));

    // eventsHash is SHA-256 over "<id>:<hash>\n" of the seal's events, in id order.
    const firstTen = await db.auditEvent.findMany({ where: { id: { lte: ids[9] } }, orderBy: { id: "asc" } });
    const lines = firstTen.map((e) => `${e.id}:${e.hash}\n`).join("");
    expect(seals[0].eventsHash).toBe(createHash("sha256").update(lines).digest("hex"));
  });

  test("nothing new, nothing sealed; new events go into the next seal", async () => {
    expect(await sealPendingEvents()).toEqual({ sealed: 0, seals: 0 });
    const ids = await writeEvents(3);
    expect(await sealPendingEvents()).toEqual({ sealed: 3, seals: 1 });
    const last = await db.auditSeal.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ id: 4, fromId: ids[0], toId: ids[2], eventCount: 3 });
    expect(await sealingStatus()).toEqual({
      lastSeal: { id: 4, toId: ids[2], createdAt: last.createdAt.toISOString() },
      seals: 4,
      unsealedEvents: 0,
      oldestUnsealedAt: null,
    });
  });

  test("the chain verifies up to the last sealed event, with counts and progress", async () => {
    const lastSealed = (await db.auditSeal.findFirstOrThrow({ orderBy: { id: "desc" } })).toId;
    const total = await db.auditEvent.count();
    await writeEvents(2);
    const progress: number[] = [];

    const result = await verifyAuditChain({ onProgress: (checked) => progress.push(checked) });

    expect(result).toMatchObject({
      ok: true,
      problem: null,
      verifiedUpToEventId: lastSealed,
      sealsChecked: 4,
      eventsChecked: total,
      tombstonesChecked: 0,
      unsealedEvents: 2,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(progress.at(-1)).toBe(total);
  });

  test("sealers racing each other leave one chain: every event sealed once, seal ids contiguous", async () => {
    await writeEvents(60);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => sealPendingEvents({ maxEventsPerSeal: 7 })),
    );

    const sealedNow = results.reduce((sum, r) => sum + r.sealed, 0);
    expect(sealedNow).toBe(62);
    const seals = await db.auditSeal.findMany({ orderBy: { id: "asc" } });
    expect(seals.map((s) => s.id)).toEqual(seals.map((_, i) => i + 1));
    for (let i = 1; i < seals.length; i++) expect(seals[i].fromId).toBeGreaterThan(seals[i - 1].toId);
    expect(seals.reduce((sum, s) => sum + s.eventCount, 0)).toBe(await db.auditEvent.count());
    expect(await verifyAuditChain()).toMatchObject({
      ok: true,
      unsealedEvents: 0,
      eventsChecked: await db.auditEvent.count(),
    });
  });
});

describe("what the verifier reads back", () => {
  test("every kind of event hashes as it was written: people's fields encrypted, payloads, odd details, no details", async () => {
    const before = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const meta = {
      ip: "203.0.113.9",
      userAgent: "Mozilla/5.0 (integrity) é",
      correlationId: "corr-integrity",
    };
    await Promise.all([
      recordEvent({
        category: "auth",
        action: "sign_in",
        result: "success",
        actor: { type: "user", id: "u1", label: "jane.doe@example.com" },
        meta,
        durationMs: 12,
      }),
      recordEvent({
        category: "auth",
        action: "sign_in",
        result: "failure",
        actor: { type: "anonymous", label: "who@example.com" },
        meta,
      }),
      recordEvent({ category: "system", action: "start", result: "success", actor: { type: "system" } }),
      recordEvent({
        category: "privacy",
        action: "export",
        result: "success",
        actor: { type: "system" },
        subject: { email: "subject@example.com", id: "s1", details: { name: "Zoë" } },
      }),
      recordEvent({
        category: "tool",
        action: "call",
        result: "error",
        actor: { type: "api_key", id: "k1", label: "agent (ghk_x)" },
        serverId: "srv",
        tool: "lookup",
        payload: { customer: "bob@example.com", filters: [1, 2.5, true, null, { z: "ü", a: [] }] },
        durationMs: 0,
      }),
      recordEvent({
        category: "tool",
        action: "call",
        result: "success",
        actor: { type: "api_key", id: "k1", label: "agent (ghk_x)" },
        details: {
          unicode: "日本語 ✓ \u0001",
          nested: { b: [{ y: 1, x: -0.125 }], a: "" },
          big: 9007199254740991,
          flag: false,
          empty: {},
        },
        payload: { q: "plain arguments" },
        target: "t",
        subjectId: "sub-1",
      }),
    ]);
    const rows = await readEventRows(before, Number.MAX_SAFE_INTEGER, 100);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(eventHash(row), `event ${row.id}`).toBe(row.hash);
    // The same rows through Prisma's own mapping.
    const viaPrisma = await db.auditEvent.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
    expect(rows).toEqual(viaPrisma.map((r) => ({ ...r })));

    await sealPendingEvents();
    expect(await verifyAuditChain()).toMatchObject({ ok: true, unsealedEvents: 0 });
  });
});
