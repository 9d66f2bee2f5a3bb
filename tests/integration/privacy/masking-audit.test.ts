// Audit views mask personal values (partial) by default; a privacy:reveal holder who also reads the
// audit trail sees one event unmasked after giving a reason, tokens in its arguments resolved, and
// that reveal is itself audited with the reason.
import { beforeAll, describe, expect, test } from "vitest";
import * as events from "@/app/api/v1/audit/events/route";
import * as eventById from "@/app/api/v1/audit/events/[id]/route";
import * as overview from "@/app/api/v1/overview/route";
import * as eventReveal from "@/app/api/v1/audit/events/[id]/reveal/route";
import type { AuditEventView } from "@/lib/audit/event-view";
import { recordEvent } from "@/lib/audit/record-event";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, createTestUser, seedRoles, uniqueName } from "../../helpers/fixtures";
import { findAuditEvents } from "../../helpers/audit";

let officer = "";
let auditor = "";
const email = `${uniqueName("dana")}@example.test`;
const phoneValue = `${uniqueName("tokenized")}@example.test`;
let token = "";
let personalId = 0;
let plainId = 0;
let actorEmail = "";

async function insert(
  correlationId: string,
  fields: Partial<Parameters<typeof recordEvent>[0]>,
): Promise<number> {
  await recordEvent({
    category: "gateway",
    action: "tools/call",
    result: "success",
    actor: { type: "system" },
    tool: "crm/lookup",
    meta: { correlationId },
    ...fields,
  });
  const [event] = await findAuditEvents({ correlationId });
  return event.id;
}

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
  auditor = (await createTestKey(["auditor"])).secret;
  const user = await createTestUser(["viewer"]);
  actorEmail = user.email;
  token = createMaskingContext().tokenFor("email", phoneValue);
  personalId = await insert(uniqueName("personal"), {
    actor: { type: "user", id: user.id, label: user.email },
    subject: { email, details: { name: "Dana" } },
    payload: { customer: email, note: `call back on +1 202 555 0143, ref ${token}` },
  });
  plainId = await insert(uniqueName("plain"), { payload: { query: "weather in Lisbon" } });
});

function getEvent(id: number, apiKey: string) {
  return call<{ event: AuditEventView } & ErrorBody>(eventById.GET, "GET", `/api/v1/audit/events/${id}`, {
    apiKey,
    params: { id: String(id) },
  });
}

function revealEvent(id: number, apiKey: string, body: unknown) {
  return call<{ event: AuditEventView } & ErrorBody>(
    eventReveal.POST,
    "POST",
    `/api/v1/audit/events/${id}/reveal`,
    {
      apiKey,
      params: { id: String(id) },
      body,
    },
  );
}

describe("masked by default", () => {
  test("one event: payload, subject details and a person's actor label are partial, and it says so", async () => {
    const res = await getEvent(personalId, auditor);
    expect(res.status).toBe(200);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain(email);
    expect(body).not.toContain(actorEmail);
    expect(body).not.toContain("202 555 0143");
    expect(res.body.event.masked).toBe(true);
    expect(res.body.event.payload).toMatchObject({ customer: `${email[0]}***@example.test` });
    expect(res.body.event.actor.label).toBe(`${actorEmail[0]}***@example.test`);
    expect(res.body.event.subject).toMatchObject({ email: `${email[0]}***@example.test` });
    // A token is not personal data in itself: it stays as it is.
    expect(JSON.stringify(res.body.event.payload)).toContain(token);
  });

  test("the overview's recent events mask a person's label too", async () => {
    const res = await call<{ overview: { recentEvents: { id: number; actor: string | null }[] } }>(
      overview.GET,
      "GET",
      "/api/v1/overview",
      { apiKey: auditor },
    );
    expect(res.body.overview.recentEvents.find((e) => e.id === personalId)?.actor).toBe(
      `${actorEmail[0]}***@example.test`,
    );
    expect(JSON.stringify(res.body)).not.toContain(actorEmail);
  });

  test("the list masks the same way; an event with nothing personal is unchanged and not marked", async () => {
    const res = await call<{ events: AuditEventView[] }>(
      events.GET,
      "GET",
      "/api/v1/audit/events?tool=crm/lookup",
      {
        apiKey: auditor,
      },
    );
    expect(res.status).toBe(200);
    const personal = res.body.events.find((e) => e.id === personalId)!;
    expect(personal.masked).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(email);
    const plain = res.body.events.find((e) => e.id === plainId)!;
    expect(plain.masked).toBeUndefined();
    expect(plain.payload).toEqual({ query: "weather in Lisbon" });
  });
});

describe("POST /api/v1/audit/events/:id/reveal", () => {
  test("with a reason: the event unmasked, tokens resolved, the reveal audited with the reason", async () => {
    const reason = "Data subject access request #4411";
    const res = await revealEvent(personalId, officer, { reason });
    expect(res.status).toBe(200);
    expect(res.body.event.masked).toBeUndefined();
    expect(res.body.event.payload).toEqual({
      customer: email,
      note: `call back on +1 202 555 0143, ref ${phoneValue}`,
    });
    expect(res.body.event.actor.label).toBe(actorEmail);
    expect(res.body.event.subject).toMatchObject({ email });

    const audited = await findAuditEvents({ category: "privacy", action: "audit_value_revealed" });
    const mine = audited.filter((e) => (e.details as { eventId?: number }).eventId === personalId);
    expect(mine).toHaveLength(1);
    expect(mine[0].details).toEqual({ eventId: personalId, reason });
    expect(JSON.stringify(mine[0].stored)).not.toContain(email);
  });

  test("audit:read alone is not enough: 403, the denial audited, nothing revealed", async () => {
    const res = await revealEvent(personalId, auditor, { reason: "Just curious about this one" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect(res.body.error.details).toMatchObject({ capability: "privacy:reveal" });
    expect(JSON.stringify(res.body)).not.toContain(email);
    const denials = await findAuditEvents({
      category: "access",
      action: "authorize",
      result: "denied",
      correlationId: res.body.error.correlationId,
    });
    expect(denials).toHaveLength(1);
  });

  test("no reason, a short one, or an unknown event: refused", async () => {
    expect((await revealEvent(personalId, officer, {})).status).toBe(400);
    const short = await revealEvent(personalId, officer, { reason: "because" });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain("Say why, in at least 10 characters");
    const unknown = await revealEvent(99_999_999, officer, { reason: "Looking for a missing event" });
    expect(unknown.status).toBe(404);
  });
});

describe("custom detectors in audit views", () => {
  test("a value an enabled custom detector finds is masked too, from the next read", async () => {
    const { createDetector } = await import("@/lib/privacy/policies/create-detector");
    const { deleteDetector } = await import("@/lib/privacy/policies/delete-detector");
    const reference = `GH-${String(Date.now()).slice(-6)}`;
    const id = await insert(uniqueName("custom"), { payload: { ticket: `about ${reference}` } });
    expect(JSON.stringify((await getEvent(id, officer)).body.event.payload)).toContain(reference);

    const detector = await createDetector(
      { name: uniqueName("Ticket reference"), pattern: "GH-\\d{6}", sample: "GH-123456" },
      { actor: { type: "system" } },
    );
    try {
      const { event } = (await getEvent(id, officer)).body;
      expect(JSON.stringify(event.payload)).not.toContain(reference);
      expect(event.masked).toBe(true);
    } finally {
      await deleteDetector(detector.id, { actor: { type: "system" } });
    }
  });
});

describe("arguments stored tokenized", () => {
  test("count as masked, so the panel offers a reveal that shows the values behind the tokens", async () => {
    const { flushTokenVault } = await import("@/lib/privacy/policies/token-vault");
    const value = `${uniqueName("only-token")}@example.test`;
    const onlyToken = createMaskingContext().tokenFor("email", value);
    await flushTokenVault();
    const id = await insert(uniqueName("tokenized"), { payload: { customer: onlyToken } });
    const { event } = (await getEvent(id, officer)).body;
    expect(event.masked).toBe(true);
    const revealed = await revealEvent(id, officer, { reason: "Ticket 99: what was sent to whom" });
    expect(revealed.status).toBe(200);
    expect(JSON.stringify(revealed.body)).toContain(value);
  });
});
