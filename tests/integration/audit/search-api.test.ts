// The audit search over HTTP: GET /api/v1/audit/events (+ /:id) and /api/v1/audit/facets, as a
// compliance officer calls them; bad parameters, unknown ids and callers without audit:read.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as events from "@/app/api/v1/audit/events/route";
import * as eventById from "@/app/api/v1/audit/events/[id]/route";
import * as eventReveal from "@/app/api/v1/audit/events/[id]/reveal/route";
import * as facets from "@/app/api/v1/audit/facets/route";
import { getAuditFacets } from "@/lib/audit/search/get-audit-facets";
import type { AuditEventView } from "@/lib/audit/event-view";
import type { AuditFacets } from "@/lib/audit/search/get-audit-facets";
import { call, type ErrorBody } from "../../helpers/http";
import { createEverythingServer, stopGateway } from "../../helpers/upstream";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
} from "../../helpers/fixtures";
import { insertEvent, minutesIn } from "./search-scenario";

type Page = { events: AuditEventView[]; nextCursor: number | null };

let officerKey = "";
let auditorCookie = "";
const subject = `${uniqueName("dana")}@example.test`;
const correlationId = uniqueName("corr");
let eventId = 0;

beforeAll(async () => {
  await seedRoles();
  officerKey = (await createTestKey(["compliance_officer"])).secret;
  auditorCookie = await sessionCookieFor((await createTestUser(["auditor"])).id);
  eventId = await insertEvent(
    {
      category: "gateway",
      action: "tools/call",
      result: "success",
      actor: { type: "api_key", id: "key-1", label: "agent (ghk_abcd1234)" },
      serverId: "srv-1",
      tool: "docs/lookup",
      target: "docs/lookup",
      details: { note: "<img src=x onerror=alert(1)>" },
      payload: { customer: subject },
      meta: { correlationId, ip: "198.51.100.4", userAgent: "agent/1.0" },
      durationMs: 42,
    },
    minutesIn(20),
  );
});

afterAll(stopGateway);

describe("GET /api/v1/audit/events", () => {
  test("filters from the query string, newest first, with a cursor", async () => {
    const second = await insertEvent(
      {
        category: "gateway",
        action: "tools/call",
        result: "error",
        actor: { type: "system" },
        meta: { correlationId },
      },
      minutesIn(21),
    );
    const res = await call<Page>(
      events.GET,
      "GET",
      `/api/v1/audit/events?correlationId=${correlationId}&limit=1`,
      { apiKey: officerKey },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.body.events.map((e) => e.id)).toEqual([second]);
    expect(res.body.nextCursor).toBe(second);
    const next = await call<Page>(
      events.GET,
      "GET",
      `/api/v1/audit/events?correlationId=${correlationId}&limit=1&before=${second}`,
      { apiKey: officerKey },
    );
    expect(next.body).toMatchObject({ events: [{ id: eventId }], nextCursor: null });
  });

  test("a signed-in auditor (session cookie) may search", async () => {
    const res = await call<Page>(
      events.GET,
      "GET",
      `/api/v1/audit/events?tool=docs%2Flookup&result=success&category=gateway`,
      { sessionCookie: auditorCookie },
    );
    expect(res.status).toBe(200);
    expect(res.body.events.map((e) => e.id)).toEqual([eventId]);
  });

  test.each([
    ["category=auth,nope", "category.1"],
    ["result=maybe", "result.0"],
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["before=abc", "before"],
    ["range=2h", "range"],
    ["from=yesterday", "from"],
    ["from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"],
    ["person=not-an-email", "person"],
    ["actorType=robot", "actorType"],
    ["sort=asc", "sort"],
  ])("?%s -> 400 invalid_input naming %s", async (query, field) => {
    const res = await call<ErrorBody>(events.GET, "GET", `/api/v1/audit/events?${query}`, {
      apiKey: officerKey,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(Object.keys((res.body.error.details as { fields: Record<string, string[]> }).fields)).toEqual([
      field,
    ]);
  });

  test("callers without audit:read get 403, without credentials 401", async () => {
    for (const role of ["viewer", "operator"]) {
      const { secret } = await createTestKey([role]);
      expect(
        (await call<ErrorBody>(events.GET, "GET", "/api/v1/audit/events", { apiKey: secret })).status,
      ).toBe(403);
    }
    expect((await call<ErrorBody>(events.GET, "GET", "/api/v1/audit/events")).status).toBe(401);
  });
});

describe("GET /api/v1/audit/events/:id", () => {
  test("one event, in full: payload decrypted then masked (partial), detail text as stored", async () => {
    const res = await call<{ event: AuditEventView }>(
      eventById.GET,
      "GET",
      `/api/v1/audit/events/${eventId}`,
      { apiKey: officerKey, params: { id: String(eventId) } },
    );
    expect(res.status).toBe(200);
    expect(res.body.event).toMatchObject({
      id: eventId,
      category: "gateway",
      action: "tools/call",
      actor: { type: "api_key", id: "key-1", label: "agent (ghk_abcd1234)" },
      serverId: "srv-1",
      tool: "docs/lookup",
      correlationId,
      ip: "198.51.100.4",
      userAgent: "agent/1.0",
      durationMs: 42,
      details: { note: "<img src=x onerror=alert(1)>" },
      // Masked in views since issue 11; POST /api/v1/audit/events/:id/reveal gives the value
      // (tests/integration/privacy/masking-audit.test.ts).
      payload: { customer: `${subject[0]}***@example.test` },
      payloadPurged: false,
      masked: true,
    });
    const reveal = await call<{ event: AuditEventView }>(
      eventReveal.POST,
      "POST",
      `/api/v1/audit/events/${eventId}/reveal`,
      {
        apiKey: officerKey,
        params: { id: String(eventId) },
        body: { reason: "Search API test: decrypted payload" },
      },
    );
    expect(reveal.body.event.payload).toEqual({ customer: subject });
  });

  test.each(["99999999", "abc", "0", "-1", "1.5", "1e3", "123456789012345678901"])(
    "%s -> 404 not_found",
    async (id) => {
      const res = await call<ErrorBody>(
        eventById.GET,
        "GET",
        `/api/v1/audit/events/${encodeURIComponent(id)}`,
        { apiKey: officerKey, params: { id } },
      );
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    },
  );

  test("a viewer gets 403, not the event", async () => {
    const { secret } = await createTestKey(["viewer"]);
    const res = await call<ErrorBody>(eventById.GET, "GET", `/api/v1/audit/events/${eventId}`, {
      apiKey: secret,
      params: { id: String(eventId) },
    });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain(subject);
  });
});

describe("GET /api/v1/audit/facets", () => {
  test("names for the ids in events, and the actions and tools seen", async () => {
    const user = await createTestUser(["viewer"]);
    const { key } = await createTestKey(["service"], { name: uniqueName("facet-key") });
    const server = await createEverythingServer();
    const action = uniqueName("facet_action");
    await insertEvent(
      {
        category: "system",
        action,
        result: "success",
        actor: { type: "system" },
        tool: `${server.slug}/facet_tool`,
      },
      minutesIn(40),
    );

    // The cache may hold an answer from before these were created: look a minute ahead.
    const later = await getAuditFacets(Date.now() + 61_000);
    expect(later.users).toContainEqual({ id: user.id, email: user.email });
    expect(later.apiKeys).toContainEqual({ id: key.id, name: key.name, prefix: key.prefix });
    expect(later.servers).toContainEqual({ id: server.id, slug: server.slug, name: server.name });
    expect(later.actions).toContain(action);
    expect(later.actions).toContain("tools/call");
    expect(later.tools).toContain(`${server.slug}/facet_tool`);
    expect(later.actions).toEqual([...later.actions].sort());
    expect(new Set(later.actions).size).toBe(later.actions.length);

    const res = await call<AuditFacets>(facets.GET, "GET", "/api/v1/audit/facets", {
      sessionCookie: auditorCookie,
    });
    expect(res.status).toBe(200);
    expect(res.body.actions).toContain(action);
  });

  test("kept for a minute: a new action shows only once the cached answer expires", async () => {
    const now = Date.now() + 10 * 60_000;
    await getAuditFacets(now);
    const action = uniqueName("late_action");
    await insertEvent(
      { category: "system", action, result: "success", actor: { type: "system" } },
      minutesIn(41),
    );
    expect((await getAuditFacets(now + 59_000)).actions).not.toContain(action);
    expect((await getAuditFacets(now + 60_001)).actions).toContain(action);
  });

  test("a new API key is named at once: key changes drop the cached answer", async () => {
    const now = Date.now() + 20 * 60_000;
    await getAuditFacets(now);
    const { key } = await createTestKey(["service"], { name: uniqueName("fresh-key") });
    expect((await getAuditFacets(now + 1000)).apiKeys.map((k) => k.id)).toContain(key.id);
  });

  test("an operator (no audit:read) gets 403", async () => {
    const { secret } = await createTestKey(["operator"]);
    expect(
      (await call<ErrorBody>(facets.GET, "GET", "/api/v1/audit/facets", { apiKey: secret })).status,
    ).toBe(403);
  });
});
