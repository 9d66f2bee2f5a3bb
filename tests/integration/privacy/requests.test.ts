// Data-subject requests through the REST handlers: the state machine, four eyes, deadlines and
// extensions, filters, legal holds that keep an erasure waiting, and jobs resumed after a crash.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import * as requests from "@/app/api/v1/privacy/requests/route";
import * as summary from "@/app/api/v1/privacy/requests/summary/route";
import * as detail from "@/app/api/v1/privacy/requests/[id]/route";
import * as verify from "@/app/api/v1/privacy/requests/[id]/verify/route";
import * as approve from "@/app/api/v1/privacy/requests/[id]/approve/route";
import * as reject from "@/app/api/v1/privacy/requests/[id]/reject/route";
import * as cancel from "@/app/api/v1/privacy/requests/[id]/cancel/route";
import * as extend from "@/app/api/v1/privacy/requests/[id]/extend/route";
import * as execute from "@/app/api/v1/privacy/requests/[id]/execute/route";
import * as retry from "@/app/api/v1/privacy/requests/[id]/retry/route";
import { createLegalHold } from "@/lib/audit/retention/create-legal-hold";
import { releaseLegalHold } from "@/lib/audit/retention/release-legal-hold";
import { resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { sweepRequests } from "@/lib/privacy/requests/sweep-requests";
import { whenRunSettles } from "@/lib/privacy/requests/run-request";
import type { ExecutionContext, RequestExecutor } from "@/lib/privacy/requests/execution-types";
import type { PrivacyRequestDetailView, PrivacyRequestView } from "@/lib/privacy/requests/request-types";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import { createTestKey, createTestUser, seedRoles, uniqueName, type TestUser } from "../../helpers/fixtures";

type DetailBody = { request: PrivacyRequestDetailView } & ErrorBody;
type ListBody = { requests: PrivacyRequestView[]; nextCursor: string | null } & ErrorBody;
const system = { principal: null, actor: { type: "system" as const } };

let first: TestUser;
let second: TestUser;
/** API keys owned by the first and the second auditor, and a second key of the first's */
let firstKey = "";
let firstOtherKey = "";
let secondKey = "";
let officerKey = "";

beforeAll(async () => {
  await seedRoles();
  first = await createTestUser(["auditor"]);
  second = await createTestUser(["auditor"]);
  firstKey = (await createTestKey(["auditor"], { ownerEmail: first.email })).secret;
  firstOtherKey = (await createTestKey(["auditor"], { ownerEmail: first.email })).secret;
  secondKey = (await createTestKey(["auditor"], { ownerEmail: second.email })).secret;
  officerKey = (await createTestKey(["compliance_officer"])).secret;
});

function receive(apiKey: string, body: unknown) {
  return call<DetailBody>(requests.POST, "POST", "/api/v1/privacy/requests", { apiKey, body });
}

type Step =
  | typeof verify
  | typeof approve
  | typeof reject
  | typeof cancel
  | typeof extend
  | typeof execute
  | typeof retry;

function act(route: Step, name: string, id: string, apiKey: string, body?: unknown) {
  return call<DetailBody>(route.POST, "POST", `/api/v1/privacy/requests/${id}/${name}`, {
    apiKey,
    params: { id },
    ...(body === undefined ? {} : { body }),
  });
}

function read(id: string, apiKey = officerKey) {
  return call<DetailBody>(detail.GET, "GET", `/api/v1/privacy/requests/${id}`, { apiKey, params: { id } });
}

async function verified(type: "access" | "erasure", identifier: { kind: string; value: string }) {
  const created = await receive(firstKey, { type, identifier });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.request.id;
  const checked = await act(verify, "verify", id, firstKey, {
    method: "id_document",
    reference: "Passport seen",
  });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  return id;
}

async function approved(type: "access" | "erasure", identifier: { kind: string; value: string }) {
  const id = await verified(type, identifier);
  expect((await act(approve, "approve", id, secondKey)).status).toBe(200);
  return id;
}

describe("receiving and reviewing a request", () => {
  test("a request for an unknown person is recorded, due in 30 days, with a masked hint and its timeline", async () => {
    const value = `${uniqueName("nobody")}@example.com`;
    const created = await receive(firstKey, { type: "access", identifier: { kind: "email", value } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const request = created.body.request;
    expect(request).toMatchObject({ type: "access", state: "received", subjectId: null, dueStatus: null });
    expect(request.identifierHint).toBe(`n***@example.com`);
    expect(JSON.stringify(request)).not.toContain(value);
    const days = (Date.parse(request.dueAt) - Date.parse(request.receivedAt)) / 86_400_000;
    expect(days).toBe(30);
    expect(request.receivedBy).toMatchObject({ id: first.id });
    expect(request.transitions).toMatchObject([{ action: "receive", fromState: null, toState: "received" }]);
    expect(request.allowedActions).toEqual(["verify_identity", "reject", "cancel", "extend"]);
    // A compliance officer reads requests but takes no step.
    expect((await read(request.id, officerKey)).body.request.allowedActions).toEqual([]);
    const events = await findAuditEvents({ action: "request.receive", target: request.id });
    expect(events).toHaveLength(1);
    expect(events[0].details).toMatchObject({ type: "access", found: false });
    expect(JSON.stringify(events[0])).not.toContain(value);
  });

  test("a known person's request names their pseudonym", async () => {
    const externalId = uniqueName("cust");
    const subject = await resolveSubject({ kind: "external_id", value: externalId }, "api");
    const created = await receive(firstKey, {
      type: "erasure",
      identifier: { kind: "external_id", value: externalId },
    });
    expect(created.body.request.subjectId).toBe(subject.id);
  });

  test("four eyes: whoever received or verified it cannot approve, not through another key either", async () => {
    const id = await verified("access", { kind: "external_id", value: uniqueName("four-eyes") });
    for (const key of [firstKey, firstOtherKey]) {
      const refused = await act(approve, "approve", id, key);
      expect(refused.status).toBe(403);
      expect(refused.body.error.details).toMatchObject({ reason: "four_eyes" });
      expect(refused.body.error.message).toMatch(/second person/);
    }
    expect((await read(id, firstKey)).body.request.allowedActions).not.toContain("approve");
    expect((await read(id, secondKey)).body.request.allowedActions).toContain("approve");
    const denied = await findAuditEvents({ action: "request.approve", target: id });
    expect(denied.map((e) => e.result)).toEqual(["denied", "denied"]);

    // The verifier may be someone else than the receiver: then neither may approve.
    const other = await receive(firstKey, {
      type: "access",
      identifier: { kind: "external_id", value: uniqueName("fe") },
    });
    await act(verify, "verify", other.body.request.id, secondKey, {
      method: "email_reply",
      reference: "Reply 12",
    });
    expect((await act(approve, "approve", other.body.request.id, secondKey)).status).toBe(403);
    expect((await act(approve, "approve", other.body.request.id, firstKey)).status).toBe(403);

    const ok = await act(approve, "approve", id, secondKey);
    expect(ok.status).toBe(200);
    expect(ok.body.request).toMatchObject({ state: "approved", approvedBy: { id: second.id } });
  });

  test("steps out of order are refused with 409 and say why; nothing changes", async () => {
    const created = await receive(firstKey, {
      type: "access",
      identifier: { kind: "external_id", value: uniqueName("order") },
    });
    const id = created.body.request.id;
    const early = await act(approve, "approve", id, secondKey);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/received: it cannot be approved now/);
    expect((await act(execute, "execute", id, secondKey)).status).toBe(409);
    expect((await act(retry, "retry", id, secondKey)).status).toBe(409);
    expect((await read(id)).body.request.state).toBe("received");
  });

  test("reject and cancel need a reason and close the request; closed requests take no further step", async () => {
    const a = (
      await receive(firstKey, { type: "access", identifier: { kind: "external_id", value: uniqueName("r") } })
    ).body.request.id;
    const missing = await act(reject, "reject", a, firstKey, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toMatchObject({ fields: { reason: ["Give a reason"] } });
    const rejected = await act(reject, "reject", a, firstKey, { reason: "Manifestly unfounded" });
    expect(rejected.body.request).toMatchObject({ state: "rejected", closedReason: "Manifestly unfounded" });
    expect((await act(cancel, "cancel", a, firstKey, { reason: "x" })).status).toBe(409);

    const b = await approved("access", { kind: "external_id", value: uniqueName("c") });
    const cancelled = await act(cancel, "cancel", b, firstKey, { reason: "Withdrawn by the person" });
    expect(cancelled.body.request.state).toBe("cancelled");
    const timeline = cancelled.body.request.transitions.map((t) => `${t.action}:${t.toState}`);
    expect(timeline).toEqual([
      "receive:received",
      "verify_identity:identity_verified",
      "approve:approved",
      "cancel:cancelled",
    ]);
    expect(cancelled.body.request.transitions[3].reason).toBe("Withdrawn by the person");
  });

  test("bad input of any shape gets the error envelope", async () => {
    for (const body of [
      null,
      [],
      "x",
      { type: "delete" },
      { type: "access", identifier: { kind: "email", value: "nope" } },
    ]) {
      const result = await receive(firstKey, body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.error.code).toBe("invalid_input");
    }
    const phone = await receive(firstKey, { type: "access", identifier: { kind: "phone", value: "12" } });
    expect(phone.body.error.details).toMatchObject({
      fields: { "identifier.value": ["Enter a valid phone number"] },
    });
    expect((await read("dsr_doesnotexist0000")).status).toBe(404);
    expect((await read("../../etc")).status).toBe(404);
  });
});

describe("deadlines", () => {
  test("an extension moves the due date by at most 60 days in all, with its reason", async () => {
    const id = (
      await receive(firstKey, { type: "access", identifier: { kind: "external_id", value: uniqueName("x") } })
    ).body.request.id;
    const before = (await read(id)).body.request;
    const once = await act(extend, "extend", id, firstKey, { reason: "Many systems to search", days: 40 });
    expect(once.status, JSON.stringify(once.body)).toBe(200);
    expect(Date.parse(once.body.request.dueAt) - Date.parse(before.dueAt)).toBe(40 * 86_400_000);
    expect(once.body.request).toMatchObject({ state: "received", extensionReason: "Many systems to search" });
    const tooMuch = await act(extend, "extend", id, firstKey, { reason: "More", days: 21 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.details).toMatchObject({
      fields: { days: [expect.stringMatching(/At most 60 days/)] },
    });
    expect((await act(extend, "extend", id, firstKey, { reason: "More", days: 20 })).status).toBe(200);
    expect((await act(extend, "extend", id, firstKey, { reason: "More", days: 61 })).status).toBe(400);
  });

  test("the list filters by state, type and due, and the summary counts due-soon and overdue", async () => {
    const make = async (days: number, type: "access" | "erasure") => {
      const id = (
        await receive(firstKey, { type, identifier: { kind: "external_id", value: uniqueName("due") } })
      ).body.request.id;
      await db.privacyRequest.update({
        where: { id },
        data: { dueAt: new Date(Date.now() + days * 86_400_000) },
      });
      return id;
    };
    const before = (
      await call(summary.GET, "GET", "/api/v1/privacy/requests/summary", { apiKey: officerKey })
    ).body;
    const overdue = await make(-2, "erasure");
    const dueTomorrow = await make(0.5, "access");
    const dueThisWeek = await make(5, "access");
    const after = (await call(summary.GET, "GET", "/api/v1/privacy/requests/summary", { apiKey: officerKey }))
      .body;
    expect(after).toEqual({
      open: (before.open as number) + 3,
      due7d: (before.due7d as number) + 2,
      due1d: (before.due1d as number) + 1,
      overdue: (before.overdue as number) + 1,
    });
    const list = async (query: string) =>
      (
        await call<ListBody>(requests.GET, "GET", `/api/v1/privacy/requests?${query}`, { apiKey: officerKey })
      ).body.requests.map((r) => r.id);
    expect(await list("due=overdue")).toContain(overdue);
    expect(await list("due=overdue")).not.toContain(dueTomorrow);
    expect(await list("due=due_1d")).toEqual(expect.arrayContaining([dueTomorrow]));
    expect(await list("due=due_7d")).toEqual(expect.arrayContaining([dueTomorrow, dueThisWeek]));
    expect(await list("type=erasure&due=overdue")).toContain(overdue);
    expect(await list("type=access&due=overdue")).not.toContain(overdue);
    expect(await list("state=received")).toContain(dueThisWeek);
    const rows = (
      await call<ListBody>(requests.GET, "GET", "/api/v1/privacy/requests?due=overdue", {
        apiKey: officerKey,
      })
    ).body.requests;
    expect(rows.find((r) => r.id === overdue)?.dueStatus).toBe("overdue");
    const paged = await call<ListBody>(requests.GET, "GET", "/api/v1/privacy/requests?limit=2", {
      apiKey: officerKey,
    });
    expect(paged.body.requests).toHaveLength(2);
    const next = await call<ListBody>(
      requests.GET,
      "GET",
      `/api/v1/privacy/requests?limit=2&cursor=${paged.body.nextCursor}`,
      {
        apiKey: officerKey,
      },
    );
    expect(next.body.requests.map((r) => r.id)).not.toContain(paged.body.requests[1].id);
    expect(
      (await call(requests.GET, "GET", "/api/v1/privacy/requests?due=soon", { apiKey: officerKey })).status,
    ).toBe(400);
  });
});

/** A job that records what it was given and finishes; stands in for the access or erasure job. */
function recordingExecutor(seen: ExecutionContext[]): RequestExecutor {
  return async (ctx) => {
    seen.push(ctx);
    await ctx.saveProgress({ step: "only", stepIndex: 0, stepCount: 1 });
    return { outcome: { resumedFrom: ctx.progress?.step ?? null } };
  };
}

describe("legal holds and running jobs", () => {
  test("an active legal hold on the person keeps an erasure on hold, and it continues once released", async () => {
    const email = `${uniqueName("held")}@example.com`;
    const subject = await resolveSubject({ kind: "email", value: email }, "console");
    const hold = await createLegalHold({ reason: "Litigation 2026-17", subjectEmail: email }, system);
    const id = await approved("erasure", { kind: "email", value: email });
    const executed = await act(execute, "execute", id, secondKey);
    expect(executed.status, JSON.stringify(executed.body)).toBe(200);
    expect(executed.body.request).toMatchObject({
      state: "on_hold",
      subjectId: subject.id,
      hold: { id: hold.id, reason: "Litigation 2026-17" },
    });
    const seen: ExecutionContext[] = [];
    expect(await sweepRequests({ erasure: recordingExecutor(seen) })).not.toContain(id);
    expect((await read(id)).body.request.state).toBe("on_hold");

    await releaseLegalHold(hold.id, system);
    expect(await sweepRequests({ erasure: recordingExecutor(seen) })).toContain(id);
    await whenRunSettles(id);
    const done = (await read(id)).body.request;
    expect(done.state).toBe("completed");
    expect(done.transitions.map((t) => t.action)).toEqual([
      "receive",
      "verify_identity",
      "approve",
      "hold",
      "release",
      "complete",
    ]);
    expect(seen.map((c) => c.request.id)).toEqual([id]);
    expect(seen[0].request.executedById).toBe(second.id);
  });

  test("a job whose process died (lease expired) is resumed from its saved progress", async () => {
    const id = await approved("access", { kind: "external_id", value: uniqueName("crash") });
    await db.privacyRequest.update({
      where: { id },
      data: {
        state: "executing",
        progress: { step: "audit_events", stepIndex: 3, stepCount: 5, cursor: 1234 },
        leaseOwner: "another-host:1:dead",
        leaseUntil: new Date(Date.now() - 1000),
      },
    });
    const seen: ExecutionContext[] = [];
    expect(await sweepRequests({ access: recordingExecutor(seen) })).toContain(id);
    await whenRunSettles(id);
    expect(seen[0].progress).toMatchObject({ step: "audit_events", cursor: 1234 });
    const done = (await read(id)).body.request;
    expect(done).toMatchObject({ state: "completed", outcome: { resumedFrom: "audit_events" } });
  });

  test("a live lease is left alone", async () => {
    const id = await approved("access", { kind: "external_id", value: uniqueName("busy") });
    await db.privacyRequest.update({
      where: { id },
      data: {
        state: "executing",
        leaseOwner: "another-host:2:alive",
        leaseUntil: new Date(Date.now() + 60_000),
      },
    });
    expect(await sweepRequests({ access: recordingExecutor([]) })).not.toContain(id);
  });

  test("a failed job says which step failed without leaking the error's text, and retry resumes it", async () => {
    const id = await approved("access", { kind: "external_id", value: uniqueName("fail") });
    await db.privacyRequest.update({
      where: { id },
      data: { state: "executing", progress: { step: "audit_events" }, leaseUntil: null },
    });
    let attempts = 0;
    const flaky: RequestExecutor = async (ctx) => {
      attempts += 1;
      if (attempts === 1) throw new Error('SQLITE_BUSY: database is locked near "AuditEvent"');
      return { outcome: { resumedFrom: ctx.progress?.step ?? null } };
    };
    await sweepRequests({ access: flaky });
    await whenRunSettles(id);
    const failed = (await read(id, secondKey)).body.request;
    expect(failed.state).toBe("failed");
    expect(failed.failure).toMatch(/^The audit events step failed \(Error\)/);
    expect(failed.failure).not.toMatch(/SQLITE|AuditEvent/);
    expect(failed.allowedActions).toEqual(expect.arrayContaining(["retry", "cancel"]));
    await db.privacyRequest.update({ where: { id }, data: { state: "failed" } });
    // retry through the API would run the registered job; here the flaky one resumes via the sweep.
    await db.privacyRequest.update({ where: { id }, data: { state: "executing", leaseUntil: null } });
    await sweepRequests({ access: flaky });
    await whenRunSettles(id);
    expect((await read(id)).body.request).toMatchObject({
      state: "completed",
      outcome: { resumedFrom: "audit_events" },
    });
  });

  test("an erasure of someone whose console account can do more than the executor is refused (containment)", async () => {
    const admin = await createTestUser(["admin"]);
    await resolveSubject({ kind: "email", value: admin.email }, "console");
    const id = await approved("erasure", { kind: "email", value: admin.email });
    const refused = await act(execute, "execute", id, secondKey);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/You cannot erase this person's console account/);
    expect((await read(id)).body.request.state).toBe("approved");
    const denied = await findAuditEvents({ action: "contain", target: admin.id });
    expect(denied.at(-1)?.result).toBe("denied");
  });
});
