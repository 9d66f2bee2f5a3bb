// Retention on a sealed trail: what each class purges, what legal holds keep, that unsealed
// events are never touched, and that the chain still verifies afterwards (and stops verifying
// when a tombstone loses the purge record that vouches for it).
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runRetention } from "@/lib/audit/retention/run-retention";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { auditCommit } from "@/lib/audit/record-event";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { findSubject, resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { activeHoldsForSubject } from "@/lib/audit/retention/active-holds-for-subject";
import * as holdsRoute from "@/app/api/v1/audit/holds/route";
import * as releaseRoute from "@/app/api/v1/audit/holds/[id]/release/route";
import type {
  LegalHoldView,
  RetentionClassRun,
  RetentionRunResult,
} from "@/lib/audit/retention/retention-views";
import { call, type ErrorBody } from "../../helpers/http";
import { auditRowsContaining, findAuditEvents } from "../../helpers/audit";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  uniqueName,
  type TestKey,
  type TestUser,
} from "../../helpers/fixtures";
import { daysAgo, eventAt, payloadOf, signInAt, stateOf, toolCallAt } from "./retention-helpers";
import { insertLegacyRows } from "./legacy-rows";

let officer: TestKey;
let person: TestUser;

beforeAll(async () => {
  await seedRoles();
  officer = await createTestKey(["compliance_officer"]);
  person = await createTestUser(["viewer"]);
});

/** Seals everything written so far (the audit buffer first), then runs retention. */
async function sealAndRun(now?: Date): Promise<Extract<RetentionRunResult, { status: "completed" }>> {
  await auditCommit.flush();
  await sealPendingEvents();
  const result = await runRetention(now);
  if (result.status !== "completed") throw new Error(`retention was skipped: ${result.reason}`);
  return result;
}

function classRun(result: { classes: RetentionClassRun[] }, policy: string): RetentionClassRun {
  const run = result.classes.find((c) => c.policy === policy);
  if (!run) throw new Error(`no run for ${policy}`);
  return run;
}

async function expectChainVerifies(): Promise<void> {
  await auditCommit.flush();
  await sealPendingEvents();
  const verification = await verifyAuditChain();
  expect(verification.problem).toBeNull();
  expect(verification.ok).toBe(true);
}

async function placeHold(body: Record<string, unknown>): Promise<LegalHoldView> {
  const res = await call<{ hold: LegalHoldView }>(holdsRoute.POST, "POST", "/api/v1/audit/holds", {
    apiKey: officer.secret,
    body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.hold;
}

async function releaseHold(id: string): Promise<void> {
  const res = await call(releaseRoute.POST, "POST", `/api/v1/audit/holds/${id}/release`, {
    apiKey: officer.secret,
    params: { id },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

describe("without legal holds", () => {
  const ids: Record<string, number> = {};
  let result: Awaited<ReturnType<typeof sealAndRun>>;

  beforeAll(async () => {
    ids.oldSignIn = await signInAt(daysAgo(401));
    ids.olderSignIn = await signInAt(daysAgo(900));
    ids.youngSignIn = await signInAt(daysAgo(399));
    ids.oldToolCall = await toolCallAt(daysAgo(91));
    ids.youngToolCall = await toolCallAt(daysAgo(89));
    ids.youngAudit = await eventAt(daysAgo(2554), "role");
    ids.oldAudit = await eventAt(daysAgo(2556), "role");
    ids.oldUnknownCategory = await eventAt(daysAgo(2556), "system");
    ids.oldAccess = await eventAt(daysAgo(2556), "access");
    ids.youngAccess = await eventAt(daysAgo(2554), "access");
    await auditCommit.flush();
    await sealPendingEvents();
    // Written after sealing: due by age, but no seal vouches for it yet.
    ids.unsealedSignIn = await signInAt(daysAgo(1000));
    const run = await runRetention();
    if (run.status !== "completed") throw new Error("skipped");
    result = run;
  });

  test("sign-in events older than 400 days are replaced by tombstones; younger ones stay", async () => {
    expect(await stateOf(ids.oldSignIn)).toBe("tombstone");
    expect(await stateOf(ids.olderSignIn)).toBe("tombstone");
    expect(await stateOf(ids.youngSignIn)).toBe("live");
    const tombstone = await db.auditTombstone.findUniqueOrThrow({ where: { eventId: ids.oldSignIn } });
    expect(tombstone).toMatchObject({ category: "auth", purgeId: classRun(result, "sign_in").purgeId });
    expect(tombstone.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tombstone.eventAt.getTime()).toBeLessThan(daysAgo(400).getTime());
  });

  test("tool calls older than 90 days lose their arguments but keep the row and its digest", async () => {
    const old = await payloadOf(ids.oldToolCall);
    expect(old.payload).toBeNull();
    expect(old.payloadDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(old.payloadPurgedAt).not.toBeNull();
    const young = await payloadOf(ids.youngToolCall);
    expect(young.payload).not.toBeNull();
    expect(young.payloadPurgedAt).toBeNull();
  });

  test("audit and access events are kept for 2555 days; every other category counts as audit", async () => {
    expect(await stateOf(ids.youngAudit)).toBe("live");
    expect(await stateOf(ids.youngAccess)).toBe("live");
    expect(await stateOf(ids.oldAudit)).toBe("tombstone");
    expect(await stateOf(ids.oldUnknownCategory)).toBe("tombstone");
    expect(await stateOf(ids.oldAccess)).toBe("tombstone");
  });

  test("an event not yet sealed is never purged, however old; once sealed it is", async () => {
    expect(await stateOf(ids.unsealedSignIn)).toBe("live");
    const next = await sealAndRun();
    expect(await stateOf(ids.unsealedSignIn)).toBe("tombstone");
    expect(classRun(next, "sign_in").purged).toBe(1);
  });

  test("the summary, the purge records and the audit events agree on the counts", async () => {
    expect(result.trigger).toBe("scheduled");
    expect(result.sealedUpToId).toBeLessThan(ids.unsealedSignIn);
    expect(result.classes.map((c) => [c.policy, c.mode, c.purged, c.heldBack])).toEqual([
      ["sign_in", "delete", 2, 0],
      ["tool_call_details", "drop_payload", 1, 0],
      ["access", "delete", 1, 0],
      ["audit", "delete", 2, 0],
    ]);
    for (const run of result.classes) {
      const purge = await db.auditPurge.findUniqueOrThrow({ where: { id: run.purgeId ?? "" } });
      expect(purge).toMatchObject({ policy: run.policy, mode: run.mode, count: run.purged });
      expect(purge.cutoff.toISOString()).toBe(run.cutoff);
      const [event] = await findAuditEvents({
        category: "audit",
        action: "retention_purge",
        target: run.policy,
      });
      expect(event).toMatchObject({ result: "success", actorType: "system" });
      expect(event.details).toEqual({
        policy: run.policy,
        mode: run.mode,
        cutoff: run.cutoff,
        purged: run.purged,
        heldBack: 0,
        purgeId: run.purgeId,
      });
    }
    expect(await db.auditPurge.count({ where: { count: 0 } })).toBe(0);
  });

  test("a run with nothing due creates no purge record and no audit event", async () => {
    const purgesBefore = await db.auditPurge.count();
    const eventsBefore = (await findAuditEvents({ category: "audit", action: "retention_purge" })).length;
    const next = await sealAndRun();
    expect(next.classes.every((c) => c.purged === 0 && c.heldBack === 0 && c.purgeId === null)).toBe(true);
    expect(await db.auditPurge.count()).toBe(purgesBefore);
    expect((await findAuditEvents({ category: "audit", action: "retention_purge" })).length).toBe(
      eventsBefore,
    );
  });

  test("the chain still verifies after deletions and dropped payloads", async () => {
    await expectChainVerifies();
    const verification = await verifyAuditChain();
    expect(verification.tombstonesChecked).toBeGreaterThanOrEqual(6);
  });
});

describe("legal holds", () => {
  test("a time-range hold keeps what falls inside its range, and only that", async () => {
    const inside = await signInAt(daysAgo(470));
    const outside = await signInAt(daysAgo(420));
    const hold = await placeHold({
      reason: "Litigation hold: incident 42",
      fromTime: daysAgo(500).toISOString(),
      toTime: daysAgo(450).toISOString(),
    });
    const result = await sealAndRun();
    expect(await stateOf(inside)).toBe("live");
    expect(await stateOf(outside)).toBe("tombstone");
    expect(classRun(result, "sign_in")).toMatchObject({ purged: 1, heldBack: 1 });
    const [event] = (
      await findAuditEvents({ category: "audit", action: "retention_purge", target: "sign_in" })
    ).slice(-1);
    expect(event.details).toMatchObject({ purged: 1, heldBack: 1 });

    await releaseHold(hold.id);
    await sealAndRun();
    expect(await stateOf(inside)).toBe("tombstone");
  });

  test("an open-ended time range covers everything after its start", async () => {
    const covered = await signInAt(daysAgo(430));
    const hold = await placeHold({
      reason: "Everything since the breach",
      fromTime: daysAgo(440).toISOString(),
    });
    await sealAndRun();
    expect(await stateOf(covered)).toBe("live");
    await releaseHold(hold.id);
    await sealAndRun();
    expect(await stateOf(covered)).toBe("tombstone");
  });

  test("an actor hold keeps the actor's events and no one else's", async () => {
    const actor = { type: "user" as const, id: person.id, label: person.email };
    const theirs = await signInAt(daysAgo(420), actor);
    const theirToolCall = await toolCallAt(daysAgo(120), { actor });
    const someoneElses = await signInAt(daysAgo(420));
    const hold = await placeHold({ reason: "Investigation of this account", actorId: person.id });
    expect(hold).toMatchObject({ actorId: person.id, actorLabel: person.email, status: "active" });
    const result = await sealAndRun();
    expect(await stateOf(theirs)).toBe("live");
    expect((await payloadOf(theirToolCall)).payload).not.toBeNull();
    expect(await stateOf(someoneElses)).toBe("tombstone");
    expect(classRun(result, "tool_call_details").heldBack).toBe(1);

    await releaseHold(hold.id);
    await sealAndRun();
    expect(await stateOf(theirs)).toBe("tombstone");
    expect((await payloadOf(theirToolCall)).payload).toBeNull();
  });

  test("a subject hold keeps events about the person and events by them, by pseudonym only", async () => {
    const email = `${uniqueName("data.subject")}@example.test`;
    const aboutThem = await toolCallAt(daysAgo(100), { payload: { to: email, body: "hello" } });
    const byThem = await signInAt(daysAgo(420), { type: "anonymous", label: email });
    const unrelated = await signInAt(daysAgo(420));
    const hold = await placeHold({ reason: "Subject access dispute", subjectEmail: email });
    expect(hold.subjectHint).toMatch(/^d\*\*\*@example\.test$/);

    const subject = await findSubject({ kind: "email", value: email });
    const stored = await db.legalHold.findUniqueOrThrow({ where: { id: hold.id } });
    expect(stored).toMatchObject({ subjectId: subject!.id, subjectHash: null });
    expect(hold.subjectId).toBe(subject!.id);
    expect(JSON.stringify(stored)).not.toContain(email);
    expect(JSON.stringify(stored)).not.toContain(subjectHashOf(email));
    expect(await auditRowsContaining(email)).toEqual([]);
    const [created] = await findAuditEvents({
      category: "audit",
      action: "legal_hold_create",
      target: hold.id,
    });
    expect(created).toMatchObject({ subjectId: subject!.id, subjectHash: null });
    expect(created.details).toMatchObject({ holdId: hold.id, hasSubject: true });

    await sealAndRun();
    expect((await payloadOf(aboutThem)).payload).not.toBeNull();
    expect(await stateOf(byThem)).toBe("live");
    expect(await stateOf(unrelated)).toBe("tombstone");

    await releaseHold(hold.id);
    await sealAndRun();
    expect((await payloadOf(aboutThem)).payload).toBeNull();
    expect(await stateOf(byThem)).toBe("tombstone");
  });

  test("a hold by pseudonym also keeps the person's legacy rows (keyed hash); a legacy hold keeps their new rows", async () => {
    const email = `${uniqueName("legacy.subject")}@example.test`;
    const [legacy] = await insertLegacyRows([{ createdAt: daysAgo(420), actorEmail: email }]);
    const current = await signInAt(daysAgo(420), { type: "user", id: uniqueName("u"), label: email });
    const subject = await findSubject({ kind: "email", value: email });
    const byPseudonym = await placeHold({ reason: "Dispute by pseudonym", subjectEmail: email });
    expect(await activeHoldsForSubject(subject!.id, [subjectHashOf(email)])).toEqual([
      { id: byPseudonym.id, reason: "Dispute by pseudonym" },
    ]);
    await sealAndRun();
    expect([await stateOf(legacy), await stateOf(current)]).toEqual(["live", "live"]);
    await releaseHold(byPseudonym.id);
    expect(await activeHoldsForSubject(subject!.id, [subjectHashOf(email)])).toEqual([]);

    // A hold written before pseudonyms names the person by keyed hash only.
    const old = await db.legalHold.create({
      data: { reason: "Old dispute", subjectHash: subjectHashOf(email), subjectHint: "l***@example.test" },
    });
    expect(await activeHoldsForSubject(subject!.id, [subjectHashOf(email)])).toEqual([
      { id: old.id, reason: "Old dispute" },
    ]);
    expect(await activeHoldsForSubject(subject!.id, [])).toEqual([]);
    await sealAndRun();
    expect([await stateOf(legacy), await stateOf(current)]).toEqual(["live", "live"]);
    await releaseHold(old.id);
    await sealAndRun();
    expect([await stateOf(legacy), await stateOf(current)]).toEqual(["tombstone", "tombstone"]);
  });

  test("a hold on the person's account as actor covers them for the request workflow", async () => {
    const email = `${uniqueName("account.holder")}@example.test`;
    const subject = await resolveSubject({ kind: "email", value: email }, "api");
    const hold = await placeHold({ reason: "Account under investigation", actorId: person.id });
    expect(await activeHoldsForSubject(subject.id, [], { userIds: [person.id] })).toEqual([
      { id: hold.id, reason: "Account under investigation" },
    ]);
    expect(await activeHoldsForSubject(subject.id, [])).toEqual([]);
    await releaseHold(hold.id);
  });

  test("scopes on one hold narrow each other: this actor, within this range", async () => {
    const actor = { type: "user" as const, id: person.id, label: person.email };
    const inRange = await signInAt(daysAgo(600), actor);
    const outOfRange = await signInAt(daysAgo(420), actor);
    const othersInRange = await signInAt(daysAgo(600));
    const hold = await placeHold({
      reason: "Actor during the incident",
      actorId: person.id,
      fromTime: daysAgo(650).toISOString(),
      toTime: daysAgo(550).toISOString(),
    });
    await sealAndRun();
    expect(await stateOf(inRange)).toBe("live");
    expect(await stateOf(outOfRange)).toBe("tombstone");
    expect(await stateOf(othersInRange)).toBe("tombstone");
    await releaseHold(hold.id);
    await sealAndRun();
    expect(await stateOf(inRange)).toBe("tombstone");
  });

  test("holds are listed active first and released ones stay on record; creating and releasing are audited", async () => {
    const active = await placeHold({ reason: "Still needed", toTime: daysAgo(3000).toISOString() });
    const res = await call<{ holds: LegalHoldView[] }>(holdsRoute.GET, "GET", "/api/v1/audit/holds", {
      apiKey: officer.secret,
    });
    expect(res.status).toBe(200);
    expect(res.body.holds[0]).toMatchObject({
      id: active.id,
      status: "active",
      createdBy: expect.stringContaining("(API key)"),
    });
    const released = res.body.holds.filter((h) => h.status === "released");
    expect(released.length).toBeGreaterThanOrEqual(4);
    expect(released.every((h) => h.releasedAt && h.releasedBy)).toBe(true);
    expect(res.body.holds.findIndex((h) => h.status === "released")).toBe(1);

    const [releasedEvent] = await findAuditEvents({
      category: "audit",
      action: "legal_hold_release",
      target: released[0].id,
    });
    expect(releasedEvent).toMatchObject({ result: "success", actorId: officer.key.id });
    await releaseHold(active.id);
    await expectChainVerifies();
  });

  test("releasing twice is a conflict; an unknown hold is not found", async () => {
    const hold = await placeHold({ reason: "Short-lived", actorId: officer.key.id });
    await releaseHold(hold.id);
    const again = await call<ErrorBody>(releaseRoute.POST, "POST", `/api/v1/audit/holds/${hold.id}/release`, {
      apiKey: officer.secret,
      params: { id: hold.id },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    const unknown = await call<ErrorBody>(releaseRoute.POST, "POST", "/api/v1/audit/holds/nope/release", {
      apiKey: officer.secret,
      params: { id: "nope" },
    });
    expect(unknown.status).toBe(404);
  });

  test.each([
    ["no scope", { reason: "Nothing in particular" }, "scope"],
    ["a reason too short", { reason: "x", actorId: "whatever" }, "reason"],
    ["a reason too long", { reason: "x".repeat(501), fromTime: "2020-01-01T00:00:00Z" }, "reason"],
    [
      "a range that ends before it starts",
      { reason: "Backwards", fromTime: "2024-02-01T00:00:00Z", toTime: "2024-01-01T00:00:00Z" },
      "toTime",
    ],
    ["a date that is not ISO", { reason: "Bad date", fromTime: "yesterday" }, "fromTime"],
    ["an email that is not one", { reason: "Bad subject", subjectEmail: "not-an-email" }, "subjectEmail"],
    ["an actor that does not exist", { reason: "Ghost actor", actorId: "no-such-actor" }, "actorId"],
  ])("a hold with %s is refused with a field error", async (_, body, field) => {
    const before = await db.legalHold.count();
    const res = await call<ErrorBody>(holdsRoute.POST, "POST", "/api/v1/audit/holds", {
      apiKey: officer.secret,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(Object.keys((res.body.error.details as { fields: Record<string, string[]> }).fields)).toContain(
      field,
    );
    expect(await db.legalHold.count()).toBe(before);
  });
});

describe("integrity of what retention leaves", () => {
  test("a tombstone whose purge record was removed by hand is reported", async () => {
    const victim = await signInAt(daysAgo(800));
    const result = await sealAndRun();
    expect(await stateOf(victim)).toBe("tombstone");
    await expectChainVerifies();

    const purgeId = classRun(result, "sign_in").purgeId ?? "";
    expect(await db.auditPurge.deleteMany({ where: { id: purgeId } })).toEqual({ count: 1 });
    const verification = await verifyAuditChain();
    expect(verification.ok).toBe(false);
    expect(verification.problem).toMatchObject({ kind: "tombstone_without_purge", eventId: victim });
  });
});
