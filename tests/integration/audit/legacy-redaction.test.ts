// Issue 12: an erasure reaches rows written before pseudonyms. redactLegacyEvents replaces the
// person's keyed hashes by their pseudonym and encrypts plain ip / user agent under their key, in
// one transaction per batch with an AuditRedaction per event and an anchor event; the chain still
// verifies (sealed before and after), while a tampered redacted row, a forged AuditRedaction row
// or an anchor whose digest does not match each make verification fail.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { eventHash } from "@/lib/audit/event-hash";
import { toEventViews } from "@/lib/audit/event-view";
import { redactLegacyEvents } from "@/lib/audit/redaction/redact-legacy-events";
import { legacyHashesOfSubject, subjectEventsWhere } from "@/lib/audit/search/subject-events-condition";
import { auditSearchQuerySchema } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents } from "@/lib/audit/search/search-audit-events";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import { eraseSubjectFromAudit } from "@/lib/privacy/erase-subject-from-audit";
import { ERASED } from "@/lib/privacy/personal-cipher";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { resolveSubject, type SubjectRef } from "@/lib/privacy/subjects/resolve-subject";
import { uniqueName } from "../../helpers/fixtures";
import { insertLegacyRows } from "./legacy-rows";

async function expectChainVerifies(): Promise<void> {
  const result = await verifyAuditChain();
  expect(result.problem).toBeNull();
  expect(result.ok).toBe(true);
}

async function redactAll(subject: SubjectRef, legacyHashes: string[], requestId: string, batchSize = 2) {
  let total = 0;
  const batches: { redacted: number; lastId: number; done: boolean }[] = [];
  for (let afterId = 0, done = false; !done;) {
    const batch = await redactLegacyEvents({
      subjectId: subject.id,
      keyId: subject.keyId,
      legacyHashes,
      requestId,
      afterId,
      batchSize,
    });
    batches.push(batch);
    total += batch.redacted;
    afterId = batch.lastId;
    done = batch.done;
  }
  return { total, batches };
}

describe("redactLegacyEvents", () => {
  let person: string;
  let other: string;
  let subject: SubjectRef;
  let legacyHashes: string[];
  const ids: Record<string, number> = {};
  let sealedBefore: { id: number; hash: string }[];
  let originalHashes: Map<number, string | null>;

  beforeAll(async () => {
    person = `${uniqueName("legacy.person")}@example.test`;
    other = `${uniqueName("legacy.other")}@example.test`;
    [ids.signIn, ids.aboutThem, ids.named, ids.othersRow, ids.shared] = await insertLegacyRows([
      { actorEmail: person, ip: "198.51.100.23", userAgent: "PersonAgent/1" },
      { subjectEmail: person, subjectUserId: "user-of-person" },
      { payloadFor: { email: person, payload: { to: person } }, ip: null, userAgent: null },
      { actorEmail: other, ip: "198.51.100.99", userAgent: "OtherAgent/1" },
      { actorEmail: other, subjectEmail: person, ip: "198.51.100.98" },
    ]);
    originalHashes = new Map(
      (await db.auditEvent.findMany({ where: { id: { in: Object.values(ids) } } })).map((r) => [
        r.id,
        r.hash,
      ]),
    );
    await sealPendingEvents();
    sealedBefore = await db.auditSeal.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true } });
    await expectChainVerifies();
    // The registry knows them (the request workflow found them by email).
    subject = await resolveSubject({ kind: "email", value: person }, "api");
    legacyHashes = await legacyHashesOfSubject(subject.id);
    expect(legacyHashes).toEqual([subjectHashOf(person)]);
  });

  test("before: the legacy rows are found by keyed hash, through the one subject condition", async () => {
    const found = await db.auditEvent.findMany({
      where: subjectEventsWhere({ id: subject.id, legacyHashes }),
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(found.map((r) => r.id)).toEqual([ids.signIn, ids.aboutThem, ids.named, ids.shared]);
  });

  test("rewrites the person's rows in batches, each with its redactions and an anchor, and the chain verifies", async () => {
    const before = await db.auditEvent.findMany({
      where: { id: { in: Object.values(ids) } },
      orderBy: { id: "asc" },
    });
    const requestId = uniqueName("req");
    const { total, batches } = await redactAll(subject, legacyHashes, requestId);
    expect(total).toBe(4);
    expect(batches.at(-1)!.done).toBe(true);

    const after = new Map(
      (await db.auditEvent.findMany({ where: { id: { in: Object.values(ids) } } })).map((r) => [r.id, r]),
    );
    expect(after.get(ids.signIn)).toMatchObject({ actorHash: null, actorSubjectId: subject.id });
    expect(after.get(ids.aboutThem)).toMatchObject({ subjectHash: null, subjectId: subject.id });
    expect(after.get(ids.named)).toMatchObject({ subjectHash: null, subjectId: subject.id, ip: null });
    // A shared row: the person's hash goes; the other person (not registered) keeps theirs.
    expect(after.get(ids.shared)).toMatchObject({
      subjectHash: null,
      subjectId: subject.id,
      actorHash: subjectHashOf(other),
    });
    for (const id of [ids.signIn, ids.aboutThem, ids.shared]) {
      const row = after.get(id)!;
      expect(row.ip).toMatch(/^pd1\./);
      expect(row.userAgent).toMatch(/^pd1\./);
      expect(row.hash).toBe(eventHash(row));
    }
    // Someone else's row is never touched.
    expect(after.get(ids.othersRow)).toEqual(before.find((r) => r.id === ids.othersRow));

    // One AuditRedaction per event, keeping the sealed hash; anchors with the documented digest.
    const redactions = await db.auditRedaction.findMany({
      where: { requestId },
      orderBy: { eventId: "asc" },
    });
    expect(redactions.map((r) => r.eventId)).toEqual([ids.signIn, ids.aboutThem, ids.named, ids.shared]);
    for (const r of redactions) expect(r.sealedHash).toBe(before.find((b) => b.id === r.eventId)!.hash);
    const anchorIds = [...new Set(redactions.map((r) => r.anchorEventId))];
    expect(anchorIds).toHaveLength(2);
    for (const anchorId of anchorIds) {
      const anchor = await db.auditEvent.findUniqueOrThrow({ where: { id: anchorId } });
      const mine = redactions.filter((r) => r.anchorEventId === anchorId);
      const lines = mine.map((r) => `${r.eventId}:${r.sealedHash}:${after.get(r.eventId)!.hash}\n`).join("");
      expect(anchor).toMatchObject({ category: "audit", action: "events_redacted", subjectId: subject.id });
      expect(anchor.details).toEqual({
        requestId,
        count: mine.length,
        firstId: mine[0].eventId,
        lastId: mine.at(-1)!.eventId,
        digest: sha256Hex(lines),
      });
    }

    // Unsealed anchors first, then with everything sealed: the chain verifies, its old seals unchanged.
    await expectChainVerifies();
    await sealPendingEvents();
    await expectChainVerifies();
    const seals = await db.auditSeal.findMany({ orderBy: { id: "asc" }, select: { id: true, hash: true } });
    expect(seals.slice(0, sealedBefore.length)).toEqual(sealedBefore);

    // Readable under the key while it lives.
    const [view] = await toEventViews([after.get(ids.signIn)!]);
    expect(view).toMatchObject({ ip: "198.51.100.23", userAgent: "PersonAgent/1", actor: { label: person } });
  });

  test("a second run finds nothing left to redact", async () => {
    expect(
      await redactLegacyEvents({
        subjectId: subject.id,
        keyId: subject.keyId,
        legacyHashes,
        requestId: uniqueName("req"),
        afterId: 0,
      }),
    ).toEqual({ redacted: 0, lastId: 0, done: true });
  });

  describe("tampering after a redaction is found", () => {
    test("a redacted row edited together with its hash (the seal still holds the old one)", async () => {
      const target = await db.auditEvent.findUniqueOrThrow({ where: { id: ids.aboutThem } });
      const forged = { ...target, target: "someone-else" };
      await db.auditEvent.update({
        where: { id: target.id },
        data: { target: forged.target, hash: eventHash(forged) },
      });
      const result = await verifyAuditChain();
      expect(result.ok).toBe(false);
      expect(result.problem).toMatchObject({ kind: "redaction_unvouched" });

      await db.auditEvent.update({
        where: { id: target.id },
        data: { target: target.target, hash: target.hash },
      });
      await expectChainVerifies();
    });

    test("a redacted row edited without its hash", async () => {
      const target = await db.auditEvent.findUniqueOrThrow({ where: { id: ids.signIn } });
      await db.auditEvent.update({ where: { id: target.id }, data: { ip: "198.51.100.1" } });
      expect(await verifyAuditChain()).toMatchObject({
        ok: false,
        problem: { kind: "event_edited", eventId: target.id },
      });
      await db.auditEvent.update({ where: { id: target.id }, data: { ip: target.ip } });
      await expectChainVerifies();
    });

    test("a forged AuditRedaction row that passes off an edited event as redacted", async () => {
      const victim = await db.auditEvent.findUniqueOrThrow({ where: { id: ids.othersRow } });
      const [anchor] = await db.auditRedaction.findMany({ take: 1, orderBy: { eventId: "asc" } });
      const edited = { ...victim, ip: null, userAgent: null };
      await db.auditEvent.update({
        where: { id: victim.id },
        data: { ip: null, userAgent: null, hash: eventHash(edited) },
      });
      await db.auditRedaction.create({
        data: {
          eventId: victim.id,
          sealedHash: victim.hash!,
          anchorEventId: anchor.anchorEventId,
          requestId: anchor.requestId,
        },
      });
      const result = await verifyAuditChain();
      expect(result).toMatchObject({ ok: false, problem: { kind: "redaction_unvouched" } });

      // Pointing it at an event that is no anchor fails as well.
      await db.auditRedaction.update({
        where: { eventId: victim.id },
        data: { anchorEventId: ids.othersRow },
      });
      expect(await verifyAuditChain()).toMatchObject({ ok: false, problem: { kind: "redaction_unvouched" } });

      await db.auditRedaction.delete({ where: { eventId: victim.id } });
      await db.auditEvent.update({
        where: { id: victim.id },
        data: { ip: victim.ip, userAgent: victim.userAgent, hash: victim.hash },
      });
      await expectChainVerifies();
    });

    test("an anchor whose digest does not match its redactions", async () => {
      const [redaction] = await db.auditRedaction.findMany({ take: 1, orderBy: { eventId: "asc" } });
      const anchor = await db.auditEvent.findUniqueOrThrow({ where: { id: redaction.anchorEventId } });
      const details = { ...(anchor.details as Record<string, unknown>), digest: "0".repeat(64) };
      // Rewritten with a consistent hash: the anchor's own seal still catches it, and the digest
      // no longer matches the redactions either.
      await db.auditEvent.update({
        where: { id: anchor.id },
        data: { details, hash: eventHash({ ...anchor, details }) },
      });
      const result = await verifyAuditChain();
      expect(result.ok).toBe(false);
      expect(["event_edited", "redaction_unvouched"]).toContain(result.problem?.kind);

      await db.auditEvent.update({
        where: { id: anchor.id },
        data: { details: anchor.details!, hash: anchor.hash },
      });
      await expectChainVerifies();
    });

    test("an unsealed anchor whose digest does not match is caught by the digest check", async () => {
      const other2 = `${uniqueName("legacy.unsealed")}@example.test`;
      await insertLegacyRows([{ actorEmail: other2 }]);
      const ref = await resolveSubject({ kind: "email", value: other2 }, "api");
      await redactAll(ref, await legacyHashesOfSubject(ref.id), uniqueName("req"), 10);
      const anchor = await db.auditEvent.findFirstOrThrow({
        where: { action: "events_redacted", subjectId: ref.id },
      });
      const details = { ...(anchor.details as Record<string, unknown>), digest: "f".repeat(64) };
      await db.auditEvent.update({
        where: { id: anchor.id },
        data: { details, hash: eventHash({ ...anchor, details }) },
      });
      expect(await verifyAuditChain()).toMatchObject({
        ok: false,
        problem: { kind: "redaction_unvouched", eventId: anchor.id },
      });
      await db.auditEvent.update({
        where: { id: anchor.id },
        data: { details: anchor.details!, hash: anchor.hash },
      });
      await sealPendingEvents();
      await expectChainVerifies();
    });
  });

  test("a row shared with a second person is redacted again for them: both anchors still vouch for it", async () => {
    const otherSubject = await resolveSubject({ kind: "email", value: other }, "api");
    const requestId = uniqueName("req-other");
    const { total } = await redactAll(
      otherSubject,
      await legacyHashesOfSubject(otherSubject.id),
      requestId,
      10,
    );
    expect(total).toBe(2);
    const shared = await db.auditEvent.findUniqueOrThrow({ where: { id: ids.shared } });
    expect(shared).toMatchObject({
      actorHash: null,
      actorSubjectId: otherSubject.id,
      subjectHash: null,
      subjectId: subject.id,
    });
    const redaction = await db.auditRedaction.findUniqueOrThrow({ where: { eventId: ids.shared } });
    // Still the hash the seal covers, from before the first redaction.
    expect(redaction.sealedHash).toBe(originalHashes.get(ids.shared));
    const anchor = await db.auditEvent.findUniqueOrThrow({ where: { id: redaction.anchorEventId } });
    expect(anchor.details).toMatchObject({
      requestId,
      superseded: [{ eventId: ids.shared, anchorEventId: expect.any(Number), hash: expect.any(String) }],
    });
    await expectChainVerifies();
    await sealPendingEvents();
    await expectChainVerifies();
  });
});

describe("eraseSubjectFromAudit with legacy rows", () => {
  test("redacts, then shreds: nothing readable or searchable by their email remains, and the chain verifies", async () => {
    const person = `${uniqueName("legacy.erased")}@example.test`;
    const kept = `${uniqueName("legacy.kept")}@example.test`;
    const ids = await insertLegacyRows([
      { actorEmail: person, ip: "192.0.2.201", userAgent: "ErasedAgent/2" },
      { subjectEmail: person },
      { actorEmail: kept, ip: "192.0.2.202" },
    ]);
    await sealPendingEvents();
    const search = async (email: string) =>
      (await searchAuditEvents(auditSearchQuerySchema.parse({ person: email }))).events.map((e) => e.id);
    expect(await search(person)).toEqual([ids[1], ids[0]]);

    const result = await eraseSubjectFromAudit(
      person,
      { actor: { type: "system" } },
      { requestId: "req-erase-legacy" },
    );
    expect(result).toMatchObject({ keyDestroyed: true, eventsAffected: 2, legacyEventsRedacted: 2 });

    const rows = await db.auditEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    for (const row of rows.slice(0, 2)) {
      const text = JSON.stringify(row);
      expect(text).not.toContain(subjectHashOf(person));
      expect(text).not.toContain("192.0.2.201");
      expect(text).not.toContain("ErasedAgent/2");
    }
    const views = await toEventViews(rows);
    expect(views[0]).toMatchObject({ ip: ERASED, userAgent: ERASED, actor: { label: ERASED } });
    expect(views[1].subject).toBe(ERASED);
    expect(views[2]).toMatchObject({ ip: "192.0.2.202", actor: { label: kept } });

    expect(await search(person)).toEqual([]);
    expect(await search(kept)).toEqual([ids[2]]);
    await expectChainVerifies();
    await sealPendingEvents();
    await expectChainVerifies();
  });
});
