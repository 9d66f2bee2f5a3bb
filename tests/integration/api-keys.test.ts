// API keys as Bearer credentials: a new key works, an expired, revoked, unknown or malformed one
// is a 401 with a reason (and an audit row); the secret is shown once and never stored or listed.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import * as me from "@/app/api/v1/me/route";
import * as keys from "@/app/api/v1/keys/route";
import * as keyById from "@/app/api/v1/keys/[id]/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import { call, type ErrorBody } from "../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
} from "../helpers/fixtures";
import { findAuditEvents, lastAuditId } from "../helpers/audit";
import { expectNoSecretsInAudit, rememberSecret } from "../helpers/secrets";

let adminKey: TestKey;

beforeAll(async () => {
  await seedRoles();
  await createTestUser(["admin"]); // as after a first start: there is always an admin user
  adminKey = await createTestKey(["admin"]);
});

function meWithKey(apiKey: string, headers: Record<string, string> = {}) {
  return call<ErrorBody & { type: string; id: string; roles: string[] }>(me.GET, "GET", "/api/v1/me", {
    apiKey,
    headers,
  });
}

describe("a working key", () => {
  test("authenticates as itself with its roles and records when it was used", async () => {
    const { key, secret } = await createTestKey(["operator"]);
    expect(secret).toMatch(/^ghk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(secret.slice(0, 16));
    const res = await meWithKey(secret);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: "api_key", id: key.id, roles: ["operator"] });
    // lastUsedAt is written off the request's path: it appears shortly after.
    await vi.waitFor(
      async () =>
        expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toBeInstanceOf(
          Date,
        ),
      { timeout: 5000 },
    );
  });

  test("a key with a future expiry works until then", async () => {
    const { secret } = await createTestKey(["viewer"], {
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await meWithKey(secret)).status).toBe(200);
  });
});

describe("keys that do not work", () => {
  test("expired: 401 with reason expired, audited against the key", async () => {
    const { key, secret } = await createTestKey(["viewer"]);
    await db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await meWithKey(secret, { "x-correlation-id": uniqueName("expired") });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: "unauthorized",
      message: "The API key has expired.",
      details: { reason: "expired" },
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "api_key_authenticate",
      correlationId: res.body.error.correlationId,
    });
    expect(row).toMatchObject({
      result: "failure",
      actorType: "api_key",
      actorId: key.id,
      target: "GET /api/v1/me",
    });
    expect(row.details).toEqual({ reason: "expired" });
  });

  test("revoked through the API: 401 with reason revoked from the next request on", async () => {
    const { key, secret } = await createTestKey(["viewer"]);
    expect((await meWithKey(secret)).status).toBe(200);
    const since = await lastAuditId();

    const revoked = await call<{ key: { id: string; status: string; revokedAt: string } }>(
      keyById.DELETE,
      "DELETE",
      `/api/v1/keys/${key.id}`,
      {
        apiKey: adminKey.secret,
        params: { id: key.id },
      },
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.key).toMatchObject({ id: key.id, status: "revoked", revokedAt: expect.any(String) });
    const [audit] = await findAuditEvents({
      category: "key",
      action: "revoke",
      target: key.id,
      sinceId: since,
    });
    expect(audit).toMatchObject({ result: "success", actorId: adminKey.key.id });

    const res = await meWithKey(secret);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: "unauthorized",
      message: "The API key has been revoked.",
      details: { reason: "revoked" },
    });
    const [failure] = await findAuditEvents({
      category: "auth",
      action: "api_key_authenticate",
      correlationId: res.body.error.correlationId,
    });
    expect(failure.details).toEqual({ reason: "revoked" });

    // Revoking again changes nothing and writes no second revoke row.
    const again = await call(keyById.DELETE, "DELETE", `/api/v1/keys/${key.id}`, {
      apiKey: adminKey.secret,
      params: { id: key.id },
    });
    expect(again.status).toBe(200);
    expect(await findAuditEvents({ category: "key", action: "revoke", target: key.id })).toHaveLength(1);
  });

  test("a key already used (and cached) stops working as soon as it is revoked", async () => {
    const { key, secret } = await createTestKey(["viewer"]);
    for (let i = 0; i < 3; i++) expect((await meWithKey(secret)).status).toBe(200);
    expect(
      (
        await call(keyById.DELETE, "DELETE", `/api/v1/keys/${key.id}`, {
          apiKey: adminKey.secret,
          params: { id: key.id },
        })
      ).status,
    ).toBe(200);
    const res = await meWithKey(secret);
    expect(res.status).toBe(401);
    expect(res.body.error.details).toEqual({ reason: "revoked" });
  });

  test("a key created by a user stops working when that user is disabled (reason owner_disabled)", async () => {
    const owner = await createTestUser(["operator"]);
    const ownerCookie = await sessionCookieFor(owner.id);
    const created = await call<{ key: { id: string }; secret: string }>(keys.POST, "POST", "/api/v1/keys", {
      sessionCookie: ownerCookie,
      body: { name: "owned", roles: ["viewer"] },
    });
    expect(created.status).toBe(201);
    const secret = rememberSecret(created.body.secret);
    expect((await meWithKey(secret)).status).toBe(200);

    const disabled = await call(userById.PATCH, "PATCH", `/api/v1/users/${owner.id}`, {
      apiKey: adminKey.secret,
      params: { id: owner.id },
      body: { isDisabled: true },
    });
    expect(disabled.status).toBe(200);
    const res = await meWithKey(secret);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: "unauthorized",
      message: "The API key belongs to a disabled user.",
      details: { reason: "owner_disabled" },
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "api_key_authenticate",
      correlationId: res.body.error.correlationId,
    });
    expect(row).toMatchObject({ result: "failure", actorId: created.body.key.id });
  });

  test("a key revoked while its caller holds a session cookie does not fall back to the cookie", async () => {
    const user = await createTestUser(["admin"]);
    const { key, secret } = await createTestKey(["viewer"]);
    await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    const res = await call<ErrorBody>(me.GET, "GET", "/api/v1/me", {
      apiKey: secret,
      sessionCookie: await sessionCookieFor(user.id),
    });
    expect(res.status).toBe(401);
    expect(res.body.error.details).toEqual({ reason: "revoked" });
  });

  test.each([
    ["a well-formed key nobody issued", () => `ghk_${"0".repeat(12)}_${"A".repeat(43)}`, "unknown"],
    [
      "a real prefix with the wrong secret",
      () => `${adminKey.secret.slice(0, 17)}${"B".repeat(43)}`,
      "unknown",
    ],
    ["a string that is not a key", () => "not-a-key", "malformed"],
    ["a key with a character missing", () => adminKey.secret.slice(0, -1), "malformed"],
  ])("%s: 401 'The API key is not valid.', audited as anonymous", async (_, token, reason) => {
    const res = await meWithKey(rememberSecret(token()));
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: "unauthorized",
      message: "The API key is not valid.",
      details: { reason },
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "api_key_authenticate",
      correlationId: res.body.error.correlationId,
    });
    expect(row).toMatchObject({ result: "failure", actorType: "anonymous", actorId: null });
  });

  test("an Authorization header that is not Bearer is 401", async () => {
    const res = await call<ErrorBody>(me.GET, "GET", "/api/v1/me", {
      headers: { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthorized");
  });
});

describe("creating and listing keys", () => {
  test("the secret is returned once with 201 and no-store, and never listed", async () => {
    const res = await call<{
      key: { id: string; prefix: string; roles: string[]; status: string };
      secret: string;
    }>(keys.POST, "POST", "/api/v1/keys", {
      apiKey: adminKey.secret,
      body: { name: uniqueName("ci"), roles: ["service"], rateLimitPerMinute: 600 },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    rememberSecret(res.body.secret);
    expect(res.body.key).toMatchObject({
      roles: ["service"],
      status: "active",
      prefix: res.body.secret.slice(0, 16),
    });
    expect((await meWithKey(res.body.secret)).status).toBe(200);

    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: res.body.key.id } });
    expect(JSON.stringify(stored)).not.toContain(res.body.secret.slice(-43));

    const list = await call<{ keys: Record<string, unknown>[] }>(keys.GET, "GET", "/api/v1/keys", {
      apiKey: adminKey.secret,
    });
    expect(list.status).toBe(200);
    const text = JSON.stringify(list.body);
    expect(text).toContain(res.body.key.id);
    expect(text).not.toContain(res.body.secret.slice(-43));
    expect(text).not.toContain(stored.secretHash);
    expect(list.body.keys.every((k) => !("secret" in k) && !("secretHash" in k))).toBe(true);

    const [audit] = await findAuditEvents({ category: "key", action: "create", target: res.body.key.id });
    expect(audit).toMatchObject({ result: "success", actorId: adminKey.key.id });
    expect(audit.details).toMatchObject({ roles: ["service"] });
  });

  test("an expiry in the past is refused with a field error", async () => {
    const res = await call<ErrorBody>(keys.POST, "POST", "/api/v1/keys", {
      apiKey: adminKey.secret,
      body: { name: "old", roles: ["viewer"], expiresAt: "2001-01-01T00:00:00Z" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ fields: { expiresAt: [expect.any(String)] } });
  });

  test("an operator (keys:write) cannot mint a key with more power than it holds", async () => {
    const operator = await createTestKey(["operator"]);
    const denied = await call<ErrorBody>(keys.POST, "POST", "/api/v1/keys", {
      apiKey: operator.secret,
      body: { name: "escalate", roles: ["admin"] },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("forbidden");
    expect(denied.body.error.details?.missing).toEqual(
      expect.arrayContaining(["users:write", "roles:write"]),
    );
    expect(await db.apiKey.count({ where: { name: "escalate" } })).toBe(0);

    const allowed = await call<{ secret: string }>(keys.POST, "POST", "/api/v1/keys", {
      apiKey: operator.secret,
      body: { name: "fine", roles: ["viewer"] },
    });
    expect(allowed.status).toBe(201);
    rememberSecret(allowed.body.secret);
  });

  test("an unknown role is a field error", async () => {
    const res = await call<ErrorBody>(keys.POST, "POST", "/api/v1/keys", {
      apiKey: adminKey.secret,
      body: { name: "x", roles: ["no_such_role"] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({
      fields: { roles: [expect.stringContaining("no_such_role")] },
    });
  });

  test("a key can be renamed and given its own rate limit (audited); unknown fields are refused", async () => {
    const { key } = await createTestKey(["viewer"], { name: "before" });
    const res = await call<{ key: { name: string; rateLimitPerMinute: number | null } }>(
      keyById.PATCH,
      "PATCH",
      `/api/v1/keys/${key.id}`,
      {
        apiKey: adminKey.secret,
        params: { id: key.id },
        body: { name: "after", rateLimitPerMinute: 30 },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.key).toMatchObject({ name: "after", rateLimitPerMinute: 30 });
    const [row] = await findAuditEvents({ category: "key", action: "update", target: key.id });
    expect(row.details).toMatchObject({
      before: { name: "before", rateLimitPerMinute: null },
      after: { name: "after", rateLimitPerMinute: 30 },
    });

    const roles = await call<ErrorBody>(keyById.PATCH, "PATCH", `/api/v1/keys/${key.id}`, {
      apiKey: adminKey.secret,
      params: { id: key.id },
      body: { roles: ["admin"] },
    });
    expect(roles.status).toBe(400);
    expect(roles.body.error.details).toEqual({ fields: { roles: ["Unknown field"] } });
  });

  test("revoking a key that does not exist is 404", async () => {
    const res = await call<ErrorBody>(keyById.DELETE, "DELETE", "/api/v1/keys/nope", {
      apiKey: adminKey.secret,
      params: { id: "nope" },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

test("no audit row holds a key secret, hash or password", async () => {
  await expectNoSecretsInAudit();
});
