// One pass through what an admin and a would-be intruder do, then the audit trail read back:
// every step left its row, with actor, result and correlation id, and no row holds a secret.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "2";
});

import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import * as users from "@/app/api/v1/users/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as resetPassword from "@/app/api/v1/users/[id]/reset-password/route";
import * as keys from "@/app/api/v1/keys/route";
import * as keyById from "@/app/api/v1/keys/[id]/route";
import * as roles from "@/app/api/v1/roles/route";
import { call } from "../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestUser,
} from "../helpers/fixtures";
import { findAuditEvents } from "../helpers/audit";
import { expectNoSecretsInAudit, rememberSecret } from "../helpers/secrets";

let admin: TestUser;
let adminCookie: string;
const meta = () => ({ ip: "203.0.113.50", userAgent: "audit-test", correlationId: uniqueName("c") });

beforeAll(async () => {
  await seedRoles();
  admin = await createTestUser(["admin"]);
  adminCookie = await sessionCookieFor(admin.id);
});

describe("each action leaves its row", () => {
  test("sign-in success and failure", async () => {
    const ok = meta();
    await signInWithPassword(admin.email, admin.password, ok);
    const bad = meta();
    await signInWithPassword(admin.email, rememberSecret("Admin-Password-Guess-1"), bad);
    expect(
      await findAuditEvents({
        category: "auth",
        action: "sign_in",
        result: "success",
        correlationId: ok.correlationId,
      }),
    ).toHaveLength(1);
    expect(
      await findAuditEvents({
        category: "auth",
        action: "sign_in",
        result: "failure",
        correlationId: bad.correlationId,
      }),
    ).toHaveLength(1);
  });

  test("lockout", async () => {
    const victim = await createTestUser(["viewer"]);
    await signInWithPassword(victim.email, rememberSecret("Guess-Number-One"), meta());
    const second = meta();
    await signInWithPassword(victim.email, rememberSecret("Guess-Number-Two"), second);
    const [row] = await findAuditEvents({
      category: "auth",
      action: "lockout",
      correlationId: second.correlationId,
    });
    expect(row).toMatchObject({
      target: victim.id,
      subjectId: expect.stringMatching(/^ds_/),
      subject: { email: victim.email },
      ip: "203.0.113.50",
      userAgent: "audit-test",
    });
    // The address, ip and user agent are stored only as ciphertext; the person by pseudonym only.
    expect(JSON.stringify(row.stored)).not.toContain(victim.email);
    expect(JSON.stringify(row.stored)).not.toContain("203.0.113.50");
    expect(row.stored).toMatchObject({ subjectHash: null, actorHash: null });
  });

  test("access denied", async () => {
    const viewer = await createTestKey(["viewer"]);
    const res = await call<{ error: { correlationId: string } }>(users.GET, "GET", "/api/v1/users", {
      apiKey: viewer.secret,
    });
    expect(res.status).toBe(403);
    const [row] = await findAuditEvents({
      category: "access",
      action: "authorize",
      correlationId: res.body.error.correlationId,
    });
    expect(row).toMatchObject({
      result: "denied",
      actorType: "api_key",
      actorId: viewer.key.id,
      target: "GET /api/v1/users",
    });
    expect(row.actorLabel).toContain(viewer.key.prefix.replace(/^ghk_/, ""));
    expect(row.details).toMatchObject({ capability: "users:read" });
  });

  test("user create, role change, password reset and disable, attributed to the admin", async () => {
    const password = rememberSecret(`Initial-${uniqueName("pw")}`);
    const created = await call<{ user: { id: string } }>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: adminCookie,
      body: { email: `${uniqueName("aud")}@example.test`, password, roles: ["viewer"] },
    });
    const id = created.body.user.id;
    await call(userById.PATCH, "PATCH", `/api/v1/users/${id}`, {
      sessionCookie: adminCookie,
      params: { id },
      body: { roles: ["auditor"] },
    });
    const newPassword = rememberSecret(`Replaced-${uniqueName("pw")}`);
    await call(resetPassword.POST, "POST", `/api/v1/users/${id}/reset-password`, {
      sessionCookie: adminCookie,
      params: { id },
      body: { password: newPassword },
    });
    await call(userById.PATCH, "PATCH", `/api/v1/users/${id}`, {
      sessionCookie: adminCookie,
      params: { id },
      body: { isDisabled: true },
    });

    const rows = await findAuditEvents({ category: "user", target: id });
    expect(rows.map((r) => r.action)).toEqual(["create", "change_roles", "reset_password", "disable"]);
    for (const row of rows)
      expect(row).toMatchObject({
        result: "success",
        actorType: "user",
        actorId: admin.id,
        actorLabel: admin.email,
      });
  });

  test("role create", async () => {
    const name = uniqueName("audited").replace("-", "_");
    await call(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: adminCookie,
      body: { name, capabilities: ["metrics:read"] },
    });
    expect(await findAuditEvents({ category: "role", action: "create", target: name })).toHaveLength(1);
  });

  test("key create and revoke", async () => {
    const created = await call<{ key: { id: string }; secret: string }>(keys.POST, "POST", "/api/v1/keys", {
      sessionCookie: adminCookie,
      body: { name: "to revoke", roles: ["service"] },
    });
    rememberSecret(created.body.secret);
    const id = created.body.key.id;
    await call(keyById.DELETE, "DELETE", `/api/v1/keys/${id}`, {
      sessionCookie: adminCookie,
      params: { id },
    });
    const rows = await findAuditEvents({ category: "key", target: id });
    expect(rows.map((r) => [r.action, r.result, r.actorId])).toEqual([
      ["create", "success", admin.id],
      ["revoke", "success", admin.id],
    ]);
  });

  test("a failed API key authentication", async () => {
    const res = await call<{ error: { correlationId: string } }>(keys.GET, "GET", "/api/v1/keys", {
      apiKey: rememberSecret(`ghk_${"a".repeat(12)}_${"Z".repeat(43)}`),
    });
    expect(res.status).toBe(401);
    expect(
      await findAuditEvents({
        category: "auth",
        action: "api_key_authenticate",
        result: "failure",
        correlationId: res.body.error.correlationId,
      }),
    ).toHaveLength(1);
  });
});

test("after all of it, no audit row holds a password, key secret, token or hash", async () => {
  await expectNoSecretsInAudit();
});
