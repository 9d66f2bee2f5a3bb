// What withAuth does for every handler: Origin check on cookie-authenticated writes, body size
// limit, JSON and schema validation, correlation ids, and the error envelope.
import { beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import * as users from "@/app/api/v1/users/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as keyById from "@/app/api/v1/keys/[id]/route";
import * as me from "@/app/api/v1/me/route";
import { BASE_URL, buildRequest, call, callHandler, type ErrorBody } from "../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
} from "../helpers/fixtures";
import { findAuditEvents } from "../helpers/audit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_BODY_BYTES = 1024 * 1024;

let adminCookie: string;
let adminKey: TestKey;

beforeAll(async () => {
  await seedRoles();
  adminCookie = await sessionCookieFor((await createTestUser(["admin"])).id);
  adminKey = await createTestKey(["admin"]);
});

function newUserBody() {
  return { email: `${uniqueName("u")}@example.test`, password: "a-long-enough-password", roles: ["viewer"] };
}

describe("Origin check on cookie-authenticated writes", () => {
  test.each([
    ["no Origin header", null],
    ["a foreign Origin", "https://evil.example"],
    ["the right host on another scheme", "https://localhost:3000"],
    ["the right host on another port", "http://localhost:3001"],
    ["the literal string null", "null"],
  ])("%s: 403 origin_mismatch and nothing is written", async (_, origin) => {
    const body = newUserBody();
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: adminCookie,
      origin,
      body,
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: "forbidden", details: { reason: "origin_mismatch" } });
    expect(await db.user.count({ where: { email: body.email } })).toBe(0);
  });

  test("the console's own origin is accepted", async () => {
    const res = await call(users.POST, "POST", "/api/v1/users", {
      sessionCookie: adminCookie,
      origin: BASE_URL,
      body: newUserBody(),
    });
    expect(res.status).toBe(201);
  });

  test("PATCH and DELETE are checked too", async () => {
    const target = await createTestUser(["viewer"]);
    const patch = await call<ErrorBody>(userById.PATCH, "PATCH", `/api/v1/users/${target.id}`, {
      sessionCookie: adminCookie,
      origin: null,
      params: { id: target.id },
      body: { name: "x" },
    });
    expect(patch.status).toBe(403);
    const { key } = await createTestKey(["viewer"]);
    const del = await call<ErrorBody>(keyById.DELETE, "DELETE", `/api/v1/keys/${key.id}`, {
      sessionCookie: adminCookie,
      origin: "https://evil.example",
      params: { id: key.id },
    });
    expect(del.status).toBe(403);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
  });

  test("a cookie-authenticated GET needs no Origin", async () => {
    expect(
      (await call(me.GET, "GET", "/api/v1/me", { sessionCookie: adminCookie, origin: null })).status,
    ).toBe(200);
  });

  test("a Bearer write needs no Origin (scripts and agents send none)", async () => {
    const res = await call(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      origin: null,
      body: newUserBody(),
    });
    expect(res.status).toBe(201);
  });
});

describe("request bodies", () => {
  test("a body over MAX_BODY_BYTES is 413 payload_too_large, even without Content-Length", async () => {
    const big = JSON.stringify({ ...newUserBody(), name: "x".repeat(MAX_BODY_BYTES) });
    const req = buildRequest("POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      rawBody: big,
      headers: { "content-type": "application/json" },
    });
    expect(req.headers.get("content-length")).toBeNull();
    const res = await callHandler(users.POST, req);
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: "payload_too_large", details: { maxBytes: MAX_BODY_BYTES } });
  });

  test("a Content-Length over the limit is refused before reading", async () => {
    const req = buildRequest("POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      body: newUserBody(),
      headers: { "content-length": String(MAX_BODY_BYTES + 1) },
    });
    const res = await callHandler(users.POST, req);
    expect(res.status).toBe(413);
  });

  test("a body just under the limit is read (and then validated)", async () => {
    const body = JSON.stringify({ ...newUserBody(), name: "x".repeat(MAX_BODY_BYTES - 200) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      rawBody: body,
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ fields: { name: [expect.any(String)] } });
  });

  test("malformed JSON is 400 invalid_input", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      rawBody: '{"email": "a@b.c",',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "invalid_input",
      message: "The request body is not valid JSON.",
    });
  });

  test("a body that is not declared as JSON is 400", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      rawBody: JSON.stringify(newUserBody()),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  test("a missing body where one is required is 400", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", { apiKey: adminKey.secret });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
  });

  test("unknown fields are 400 with details.fields naming each one", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      body: { ...newUserBody(), isAdmin: true, role: "admin" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.details).toEqual({
      fields: { isAdmin: ["Unknown field"], role: ["Unknown field"] },
    });
  });

  test("invalid values are 400 with a message per field", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      body: { email: "not-an-email", password: "short", roles: [] },
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error.details as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual(["email", "password", "roles"]);
  });

  test("an invalid or unknown query parameter is 400", async () => {
    const bad = await call<ErrorBody>(users.GET, "GET", "/api/v1/users?limit=0", { apiKey: adminKey.secret });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toMatchObject({ fields: { limit: [expect.any(String)] } });
    const unknown = await call<ErrorBody>(users.GET, "GET", "/api/v1/users?sort=email", {
      apiKey: adminKey.secret,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual({ fields: { sort: ["Unknown field"] } });
  });
});

describe("correlation ids and the error envelope", () => {
  test("a well-formed incoming X-Correlation-Id is echoed and lands in the audit row", async () => {
    const correlationId = uniqueName("trace");
    const res = await call<{ user: { id: string } }>(users.POST, "POST", "/api/v1/users", {
      apiKey: adminKey.secret,
      body: newUserBody(),
      headers: { "x-correlation-id": correlationId },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-correlation-id")).toBe(correlationId);
    const [row] = await findAuditEvents({ category: "user", action: "create", target: res.body.user.id });
    expect(row.correlationId).toBe(correlationId);
  });

  test("errors carry the same id in the header and the body", async () => {
    const res = await call<ErrorBody>(me.GET, "GET", "/api/v1/me", {
      headers: { "x-correlation-id": "abc-123" },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("x-correlation-id")).toBe("abc-123");
    expect(res.body).toEqual({
      error: { code: "unauthorized", message: expect.any(String), correlationId: "abc-123" },
    });
  });

  test("a malformed incoming id is replaced by a fresh one", async () => {
    const res = await call<ErrorBody>(me.GET, "GET", "/api/v1/me", {
      headers: { "x-correlation-id": "has spaces and <html>" },
    });
    expect(res.headers.get("x-correlation-id")).toMatch(UUID);
    expect(res.body.error.correlationId).toBe(res.headers.get("x-correlation-id"));
  });

  test("every response gets an id, successes included, and two requests get different ones", async () => {
    const a = await call(me.GET, "GET", "/api/v1/me", { apiKey: adminKey.secret });
    const b = await call(me.GET, "GET", "/api/v1/me", { apiKey: adminKey.secret });
    expect(a.headers.get("x-correlation-id")).toMatch(UUID);
    expect(a.headers.get("x-correlation-id")).not.toBe(b.headers.get("x-correlation-id"));
  });

  test("a record that does not exist is 404 not_found", async () => {
    const res = await call<ErrorBody>(userById.GET, "GET", "/api/v1/users/does-not-exist", {
      apiKey: adminKey.secret,
      params: { id: "does-not-exist" },
    });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: "not_found",
      message: expect.any(String),
      correlationId: expect.any(String),
    });
  });

  test("a handler works with a NextRequest built the way Next builds it (no route params)", async () => {
    const res = await users.GET(
      new NextRequest(`${BASE_URL}/api/v1/users?limit=1`, {
        headers: { authorization: `Bearer ${adminKey.secret}` },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
  });
});
