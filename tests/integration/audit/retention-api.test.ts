// The retention API: reading and editing the days per class (and that an edit changes what the
// next run purges), running retention on demand, one run at a time, and the daily schedule.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { auditCommit } from "@/lib/audit/record-event";
import { acquireRetentionLease } from "@/lib/audit/retention/retention-lease";
import { runRetention } from "@/lib/audit/retention/run-retention";
import { runRetentionIfDue } from "@/lib/audit/retention/schedule-retention";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import * as retentionRoute from "@/app/api/v1/audit/retention/route";
import * as retentionByKey from "@/app/api/v1/audit/retention/[key]/route";
import * as runRoute from "@/app/api/v1/audit/retention/run/route";
import type { RetentionClassView, RetentionRunSummary } from "@/lib/audit/retention/retention-views";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  type TestKey,
} from "../../helpers/fixtures";
import { daysAgo, signInAt, stateOf, toolCallAt } from "./retention-helpers";

type Overview = { classes: RetentionClassView[]; lastRun: RetentionRunSummary | null };

let officer: TestKey;
let auditor: TestKey;
let operator: TestKey;

beforeAll(async () => {
  await seedRoles();
  [officer, auditor, operator] = await Promise.all([
    createTestKey(["compliance_officer"]),
    createTestKey(["auditor"]),
    createTestKey(["operator"]),
  ]);
});

function setDays(key: string, body: unknown, apiKey = officer.secret) {
  return call<{ class: RetentionClassView } & ErrorBody>(
    retentionByKey.PUT,
    "PUT",
    `/api/v1/audit/retention/${key}`,
    { apiKey, params: { key }, body },
  );
}

async function overview(apiKey = officer.secret): Promise<Overview> {
  const res = await call<Overview>(retentionRoute.GET, "GET", "/api/v1/audit/retention", { apiKey });
  expect(res.status).toBe(200);
  return res.body;
}

async function sealAll(): Promise<void> {
  await auditCommit.flush();
  await sealPendingEvents();
}

describe("retention classes", () => {
  test("list the four classes with their defaults before anyone edits them", async () => {
    const { classes, lastRun } = await overview(auditor.secret);
    expect(lastRun).toBeNull();
    expect(classes.map((c) => [c.key, c.mode, c.days, c.defaultDays, c.updatedAt])).toEqual([
      ["sign_in", "delete", 400, 400, null],
      ["tool_call_details", "drop_payload", 90, 90, null],
      ["access", "delete", 2555, 2555, null],
      ["audit", "delete", 2555, 2555, null],
    ]);
    expect(classes.find((c) => c.key === "sign_in")?.categories).toEqual(["auth"]);
    expect(classes.find((c) => c.key === "audit")).toMatchObject({
      isCatchAll: true,
      categories: expect.arrayContaining(["user", "role", "privacy", "system"]),
    });
  });

  test("shortening a class's days makes the next run purge what is now due, and is audited", async () => {
    const fortyDays = await signInAt(daysAgo(40));
    const twentyDays = await signInAt(daysAgo(20));
    const toolCall = await toolCallAt(daysAgo(40));
    await sealAll();
    const before = await runRetention();
    expect(before.status).toBe("completed");
    expect(await stateOf(fortyDays)).toBe("live");

    const res = await setDays("sign_in", { days: 30 });
    expect(res.status).toBe(200);
    expect(res.body.class).toMatchObject({ key: "sign_in", days: 30, defaultDays: 400 });
    expect(res.body.class.updatedAt).not.toBeNull();
    expect((await setDays("tool_call_details", { days: 35 })).status).toBe(200);
    const [change] = await findAuditEvents({
      category: "audit",
      action: "retention_change",
      target: "sign_in",
    });
    expect(change).toMatchObject({
      result: "success",
      actorId: officer.key.id,
      details: { key: "sign_in", before: 400, after: 30 },
    });
    expect((await db.retentionPolicy.findUniqueOrThrow({ where: { key: "sign_in" } })).updatedById).toBe(
      officer.key.id,
    );

    await sealAll();
    const run = await call<{ run: RetentionRunSummary }>(
      runRoute.POST,
      "POST",
      "/api/v1/audit/retention/run",
      { apiKey: officer.secret },
    );
    expect(run.status).toBe(200);
    expect(run.body.run.trigger).toBe("manual");
    expect(run.body.run.classes.find((c) => c.policy === "sign_in")).toMatchObject({
      purged: 1,
      heldBack: 0,
    });
    expect(await stateOf(fortyDays)).toBe("tombstone");
    expect(await stateOf(twentyDays)).toBe("live");
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: toolCall } })).payload).toBeNull();

    // A run asked for through the API is attributed to whoever asked.
    const [purgeEvent] = (
      await findAuditEvents({ category: "audit", action: "retention_purge", target: "sign_in" })
    ).slice(-1);
    expect(purgeEvent).toMatchObject({ actorType: "api_key", actorId: officer.key.id });
    const { lastRun, classes } = await overview();
    expect(lastRun).toMatchObject({ trigger: "manual", classes: run.body.run.classes });
    expect(classes.find((c) => c.key === "sign_in")?.days).toBe(30);

    await sealAll();
    expect((await verifyAuditChain()).problem).toBeNull();
  });

  test("lengthening it again keeps events the shorter period would have purged", async () => {
    expect((await setDays("sign_in", { days: 400 })).status).toBe(200);
    const fiftyDays = await signInAt(daysAgo(50));
    await sealAll();
    await runRetention();
    expect(await stateOf(fiftyDays)).toBe("live");
  });

  test.each([
    ["zero", { days: 0 }],
    ["a fraction", { days: 1.5 }],
    ["more than 100 years", { days: 36_501 }],
    ["text", { days: "thirty" }],
    ["nothing", {}],
  ])("days given as %s are refused with a field error", async (_, body) => {
    const res = await setDays("audit", body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.details).toMatchObject({ fields: { days: [expect.any(String)] } });
  });

  test("the boundaries 1 and 36500 are accepted", async () => {
    expect((await setDays("access", { days: 36_500 })).body.class.days).toBe(36_500);
    expect((await setDays("access", { days: 1 })).body.class.days).toBe(1);
    expect((await setDays("access", { days: 2555 })).body.class.days).toBe(2555);
  });

  test("an unknown class is not found", async () => {
    const res = await setDays("forever", { days: 10 });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  test("an auditor may read retention but not change it; an operator may not even read it", async () => {
    const denied = await setDays("audit", { days: 10 }, auditor.secret);
    expect(denied.status).toBe(403);
    expect(denied.body.error.details).toMatchObject({ capability: "retention:write" });
    expect((await db.retentionPolicy.findUnique({ where: { key: "audit" } }))?.days ?? 2555).toBe(2555);
    const run = await call<ErrorBody>(runRoute.POST, "POST", "/api/v1/audit/retention/run", {
      apiKey: auditor.secret,
    });
    expect(run.status).toBe(403);
    const read = await call<ErrorBody>(retentionRoute.GET, "GET", "/api/v1/audit/retention", {
      apiKey: operator.secret,
    });
    expect(read.status).toBe(403);
  });

  test("a signed-in compliance officer edits from the console (session cookie)", async () => {
    const user = await createTestUser(["compliance_officer"]);
    const cookie = await sessionCookieFor(user.id);
    const res = await call<{ class: RetentionClassView }>(
      retentionByKey.PUT,
      "PUT",
      "/api/v1/audit/retention/audit",
      {
        sessionCookie: cookie,
        params: { key: "audit" },
        body: { days: 3000 },
      },
    );
    expect(res.status).toBe(200);
    const [change] = (
      await findAuditEvents({ category: "audit", action: "retention_change", target: "audit" })
    ).slice(-1);
    expect(change).toMatchObject({
      actorType: "user",
      actorId: user.id,
      details: { before: 2555, after: 3000 },
    });
  });
});

describe("one run at a time", () => {
  test("a run while another holds the lease is skipped, and the API answers 409", async () => {
    const lease = await acquireRetentionLease();
    expect(lease).not.toBeNull();
    try {
      expect(await runRetention()).toEqual({ status: "skipped", reason: expect.any(String) });
      const res = await call<ErrorBody>(runRoute.POST, "POST", "/api/v1/audit/retention/run", {
        apiKey: officer.secret,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("conflict");
    } finally {
      await lease?.release();
    }
    expect((await runRetention()).status).toBe("completed");
  });

  test("a lease left behind by a crashed process is taken over once it expires", async () => {
    await db.setting.create({
      data: {
        key: "retention_lock",
        value: { owner: "crashed", until: new Date(Date.now() + 60_000).toISOString() },
      },
    });
    expect((await runRetention()).status).toBe("skipped");
    await db.setting.update({
      where: { key: "retention_lock" },
      data: { value: { owner: "crashed", until: new Date(Date.now() - 1).toISOString() } },
    });
    expect((await runRetention()).status).toBe("completed");
    expect(await db.setting.findUnique({ where: { key: "retention_lock" } })).toBeNull();
  });

  test("a holder that lost its lease cannot renew it", async () => {
    const lease = await acquireRetentionLease();
    expect(await lease?.renew()).toBe(true);
    await db.setting.deleteMany({ where: { key: "retention_lock" } });
    expect(await lease?.renew()).toBe(false);
    await lease?.release();
  });
});

describe("the daily schedule", () => {
  test("runs only when the last run is older than the period", async () => {
    expect(
      (await call(runRoute.POST, "POST", "/api/v1/audit/retention/run", { apiKey: officer.secret })).status,
    ).toBe(200);
    const before = (await overview()).lastRun;
    expect(before?.trigger).toBe("manual");
    await runRetentionIfDue(24 * 3_600_000);
    expect((await overview()).lastRun).toEqual(before);
    await runRetentionIfDue(0);
    expect((await overview()).lastRun?.trigger).toBe("scheduled");
  });
});
