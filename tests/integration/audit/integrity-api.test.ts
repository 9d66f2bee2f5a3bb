// The integrity API: sealing status and the last verification (GET), a verification on demand
// (POST) that is kept, shown with who ran it, audited, and refused with 409 while another runs.
import { beforeAll, describe, expect, test } from "vitest";
import * as integrity from "@/app/api/v1/audit/integrity/route";
import * as verify from "@/app/api/v1/audit/integrity/verify/route";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { tryStartVerification } from "@/lib/audit/seal/verification-lock";
import type { IntegrityOverview, VerificationView } from "@/lib/audit/seal/integrity-types";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  type TestKey,
  type TestUser,
} from "../../helpers/fixtures";
import { tamper, writeEvents } from "./integrity-test-events";

let officer: TestUser;
let officerCookie: string;
let auditorKey: TestKey;

beforeAll(async () => {
  await seedRoles();
  officer = await createTestUser(["compliance_officer"]);
  officerCookie = await sessionCookieFor(officer.id);
  auditorKey = await createTestKey(["auditor"], { name: "integrity auditor" });
});

const getOverview = (credentials: { apiKey?: string; sessionCookie?: string }) =>
  call<IntegrityOverview>(integrity.GET, "GET", "/api/v1/audit/integrity", credentials);
const postVerify = (credentials: { apiKey?: string; sessionCookie?: string }) =>
  call<{ verification: VerificationView }>(
    verify.POST,
    "POST",
    "/api/v1/audit/integrity/verify",
    credentials,
  );

describe("GET /api/v1/audit/integrity", () => {
  test("shows how far events are sealed, and no verification before the first one", async () => {
    await writeEvents(5);
    await sealPendingEvents();
    await writeEvents(2);

    const res = await getOverview({ apiKey: auditorKey.secret });
    expect(res.status).toBe(200);
    expect(res.body.lastVerification).toBeNull();
    expect(res.body.sealing.seals).toBeGreaterThanOrEqual(1);
    expect(res.body.sealing.unsealedEvents).toBeGreaterThanOrEqual(2);
    expect(res.body.sealing.lastSeal).toMatchObject({ id: res.body.sealing.seals });
    expect(typeof res.body.sealing.oldestUnsealedAt).toBe("string");
  });
});

describe("POST /api/v1/audit/integrity/verify", () => {
  test("verifies, keeps the result with who ran it, and audits it", async () => {
    await sealPendingEvents();
    const res = await postVerify({ sessionCookie: officerCookie });
    expect(res.status).toBe(200);
    const { verification } = res.body;
    expect(verification).toMatchObject({
      ok: true,
      problem: null,
      by: { type: "user", id: officer.id },
      byLabel: officer.email,
    });
    expect(verification.verifiedUpToEventId).toBeGreaterThan(0);

    const overview = await getOverview({ apiKey: auditorKey.secret });
    expect(overview.body.lastVerification).toEqual(verification);

    const [event] = await findAuditEvents({
      category: "audit",
      action: "verify",
      actorId: officer.id,
      correlationId: res.headers.get("x-correlation-id")!,
    });
    expect(event).toMatchObject({ result: "success", actorType: "user" });
    expect(event.details).toEqual({
      verifiedUpToEventId: verification.verifiedUpToEventId,
      eventsChecked: verification.eventsChecked,
    });
  });

  test("a tampered trail is reported as a failure, with the problem, and audited as one", async () => {
    const [target] = await writeEvents(3);
    await sealPendingEvents();
    await tamper(`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${target}`);
    try {
      const res = await postVerify({ apiKey: auditorKey.secret });
      expect(res.status).toBe(200);
      const { verification } = res.body;
      expect(verification).toMatchObject({
        ok: false,
        problem: { kind: "event_edited", eventId: target },
        by: { type: "api_key", id: auditorKey.key.id },
      });
      expect(verification.byLabel).toBe("API key integrity auditor");

      const [event] = await findAuditEvents({
        category: "audit",
        action: "verify",
        actorId: auditorKey.key.id,
        correlationId: res.headers.get("x-correlation-id")!,
      });
      expect(event.result).toBe("failure");
      expect(event.details).toMatchObject({
        problem: { kind: "event_edited", message: verification.problem!.message },
      });
    } finally {
      await tamper(`UPDATE "AuditEvent" SET "action" = 'call' WHERE "id" = ${target}`);
    }
    expect((await postVerify({ apiKey: auditorKey.secret })).body.verification.ok).toBe(true);
  });

  test("409 while another verification runs in this process; free again afterwards", async () => {
    const release = tryStartVerification();
    expect(release).not.toBeNull();
    try {
      const res = await call<ErrorBody>(verify.POST, "POST", "/api/v1/audit/integrity/verify", {
        apiKey: auditorKey.secret,
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        code: "conflict",
        message: "A verification is already running; wait for it to finish.",
      });
    } finally {
      release!();
    }
    expect((await postVerify({ apiKey: auditorKey.secret })).status).toBe(200);
  });
});
