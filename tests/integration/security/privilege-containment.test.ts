// Privilege containment (issue 9, item 1 and "tool grants and rate limits"): a principal may act
// on a user, a key or a role only when everything the target can do, as it is and as it would
// be, is within what the principal can do. Before this, users:write reset an admin's password.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createRole } from "@/lib/roles/create-role";
import { verifyPassword } from "@/lib/auth/passwords";
import * as users from "@/app/api/v1/users/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as resetPassword from "@/app/api/v1/users/[id]/reset-password/route";
import * as unlock from "@/app/api/v1/users/[id]/unlock/route";
import * as roles from "@/app/api/v1/roles/route";
import * as roleByName from "@/app/api/v1/roles/[name]/route";
import * as keys from "@/app/api/v1/keys/route";
import * as keyById from "@/app/api/v1/keys/[id]/route";
import * as me from "@/app/api/v1/me/route";
import { call, type Credentials, type ErrorBody } from "../../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
  type TestUser,
} from "../../helpers/fixtures";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { expectNoSecretsInAudit, rememberSecret } from "../../helpers/secrets";

const system = { principal: null, actor: { type: "system" as const } };

let admin: TestUser;
let adminCookie: string;
/** Only users:read + users:write: the role from the review that took over admins. */
let clerkCookie: string;
let clerk: TestUser;
/** A helpdesk that inherits viewer: may manage viewers, nobody above them. */
let helpdeskCookie: string;
/** roles:write, and tools of "everything" except get-env. */
let roleEditorCookie: string;
let operatorCookie: string;
let adminKey: TestKey;

function roleName(prefix: string): string {
  return uniqueName(prefix).replace("-", "_");
}

beforeAll(async () => {
  await seedRoles();
  admin = await createTestUser(["admin"]);
  adminCookie = await sessionCookieFor(admin.id);
  await createRole({ name: "clerk", capabilities: ["users:read", "users:write"] }, system);
  await createRole(
    { name: "helpdesk", inherits: "viewer", capabilities: ["users:read", "users:write"] },
    system,
  );
  await createRole(
    {
      name: "role_editor",
      capabilities: ["roles:read", "roles:write", "mcp:connect"],
      toolGrants: [
        { pattern: "everything/*", effect: "allow" },
        { pattern: "everything/get-env", effect: "deny" },
      ],
    },
    system,
  );
  clerk = await createTestUser(["clerk"]);
  clerkCookie = await sessionCookieFor(clerk.id);
  helpdeskCookie = await sessionCookieFor((await createTestUser(["helpdesk"])).id);
  roleEditorCookie = await sessionCookieFor((await createTestUser(["role_editor"])).id);
  operatorCookie = await sessionCookieFor((await createTestUser(["operator"])).id);
  adminKey = await createTestKey(["admin"], { ownerEmail: admin.email });
});

function patchUser(id: string, body: unknown, credentials: Credentials) {
  return call<ErrorBody & { user: { name: string | null; roles: string[]; isDisabled: boolean } }>(
    userById.PATCH,
    "PATCH",
    `/api/v1/users/${id}`,
    { ...credentials, params: { id }, body },
  );
}

function reset(id: string, credentials: Credentials, password?: string) {
  return call<ErrorBody & { temporaryPassword: string | null }>(
    resetPassword.POST,
    "POST",
    `/api/v1/users/${id}/reset-password`,
    {
      ...credentials,
      params: { id },
      ...(password ? { body: { password: rememberSecret(password) } } : {}),
    },
  );
}

function patchRole(name: string, body: unknown, credentials: Credentials) {
  return call<ErrorBody>(roleByName.PATCH, "PATCH", `/api/v1/roles/${name}`, {
    ...credentials,
    params: { name },
    body,
  });
}

function postRole(body: unknown, credentials: Credentials) {
  return call<ErrorBody>(roles.POST, "POST", "/api/v1/roles", { ...credentials, body });
}

/** A 403 whose details carry the reason, and one "access / contain / denied" audit row saying the same. */
async function expectContainmentDenial(
  res: { status: number; body: ErrorBody },
  since: number,
  target: string,
  reasonPart: string,
) {
  expect(res.status).toBe(403);
  expect(res.body.error.code).toBe("forbidden");
  const reason = String(res.body.error.details?.reason);
  expect(reason).toContain(reasonPart);
  const rows = await findAuditEvents({
    category: "access",
    action: "contain",
    result: "denied",
    target,
    sinceId: since,
  });
  expect(rows).toHaveLength(1);
  expect(rows[0].details).toMatchObject({ reason });
}

describe("users:write over admins (was: password reset 200, then sign-in as the admin)", () => {
  test("a users:read + users:write role cannot reset an admin's password; the hash is unchanged", async () => {
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash;
    const since = await lastAuditId();
    const res = await reset(admin.id, { sessionCookie: clerkCookie }, "chosen-by-the-attacker-123");
    await expectContainmentDenial(res, since, admin.id, "which you do not hold");
    expect(res.body.error.details?.missing).toEqual(
      expect.arrayContaining(["roles:write", "settings:write"]),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after.passwordHash).toBe(hashBefore);
    expect(await verifyPassword(after.passwordHash!, admin.password)).toBe(true);
    // A generated password is refused the same way.
    expect((await reset(admin.id, { sessionCookie: clerkCookie })).status).toBe(403);
  });

  test("nor demote, disable or rename an admin", async () => {
    for (const body of [{ roles: ["viewer"] }, { isDisabled: true }, { name: "Pwned" }]) {
      const since = await lastAuditId();
      await expectContainmentDenial(
        await patchUser(admin.id, body, { sessionCookie: clerkCookie }),
        since,
        admin.id,
        "which you do not hold",
      );
    }
    const after = await db.user.findUniqueOrThrow({
      where: { id: admin.id },
      include: { roles: { include: { role: true } } },
    });
    expect(after).toMatchObject({ isDisabled: false, name: null });
    expect(after.roles.map((r) => r.role.name)).toEqual(["admin"]);
  });

  test("nor lift an admin's sign-in lockout (that helps whoever is guessing); a helpdesk unlocks a viewer", async () => {
    const since = await lastAuditId();
    const res = await call<ErrorBody>(unlock.POST, "POST", `/api/v1/users/${admin.id}/unlock`, {
      sessionCookie: clerkCookie,
      params: { id: admin.id },
    });
    await expectContainmentDenial(res, since, admin.id, "which you do not hold");
    expect(
      await findAuditEvents({ category: "user", action: "unlock_sign_in", target: admin.id, sinceId: since }),
    ).toHaveLength(0);
    const viewer = await createTestUser(["viewer"]);
    const ok = await call(unlock.POST, "POST", `/api/v1/users/${viewer.id}/unlock`, {
      sessionCookie: helpdeskCookie,
      params: { id: viewer.id },
    });
    expect(ok.status).toBe(200);
  });

  test("nor make anyone an admin or give roles beyond its own (the result is checked too)", async () => {
    const viewer = await createTestUser(["viewer"]);
    const since = await lastAuditId();
    const res = await patchUser(viewer.id, { roles: ["admin"] }, { sessionCookie: helpdeskCookie });
    await expectContainmentDenial(res, since, viewer.id, "afterwards it holds");
    expect(res.body.error.details).toMatchObject({ state: "after" });
    const created = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: helpdeskCookie,
      body: {
        email: `${uniqueName("op")}@example.test`,
        password: "a-long-enough-password",
        roles: ["operator"],
      },
    });
    expect(created.status).toBe(403);
  });

  test("a helpdesk (viewer + users:write) may reset, rename, disable and re-enable a viewer", async () => {
    const viewer = await createTestUser(["viewer"]);
    const res = await reset(viewer.id, { sessionCookie: helpdeskCookie });
    expect(res.status).toBe(200);
    rememberSecret(res.body.temporaryPassword!);
    expect((await patchUser(viewer.id, { name: "Renamed" }, { sessionCookie: helpdeskCookie })).status).toBe(
      200,
    );
    expect(
      (await patchUser(viewer.id, { isDisabled: true }, { sessionCookie: helpdeskCookie })).body.user
        .isDisabled,
    ).toBe(true);
    expect(
      (await patchUser(viewer.id, { isDisabled: false }, { sessionCookie: helpdeskCookie })).body.user
        .isDisabled,
    ).toBe(false);
    expect(
      (await patchUser(viewer.id, { roles: ["helpdesk"] }, { sessionCookie: helpdeskCookie })).status,
    ).toBe(200);
  });

  test("but not a clerk: a viewer can read servers, the clerk cannot", async () => {
    const viewer = await createTestUser(["viewer"]);
    const since = await lastAuditId();
    await expectContainmentDenial(
      await reset(viewer.id, { sessionCookie: clerkCookie }),
      since,
      viewer.id,
      "servers:read",
    );
  });

  test("self-edits within reach still work: the clerk renames itself", async () => {
    const res = await patchUser(clerk.id, { name: "Clerk Kent" }, { sessionCookie: clerkCookie });
    expect(res.status).toBe(200);
    expect(res.body.user.name).toBe("Clerk Kent");
  });

  test("an admin still does everything: resets another admin, demotes and disables it", async () => {
    const other = await createTestUser(["admin"]);
    const res = await reset(other.id, { sessionCookie: adminCookie });
    expect(res.status).toBe(200);
    rememberSecret(res.body.temporaryPassword!);
    expect((await patchUser(other.id, { roles: ["viewer"] }, { sessionCookie: adminCookie })).status).toBe(
      200,
    );
    expect((await patchUser(other.id, { isDisabled: true }, { sessionCookie: adminCookie })).status).toBe(
      200,
    );
  });
});

describe("roles:write over roles and tool grants", () => {
  test("cannot grant */* to a role when it cannot call those tools itself", async () => {
    const since = await lastAuditId();
    const res = await patchRole(
      "service",
      { toolGrants: [{ pattern: "*/*", effect: "allow" }] },
      { sessionCookie: roleEditorCookie },
    );
    await expectContainmentDenial(res, since, "service", "*/*");
    expect(await db.toolGrant.count({ where: { role: { name: "service" } } })).toBe(0);
    const name = roleName("wide");
    expect(
      (
        await postRole(
          { name, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
          { sessionCookie: roleEditorCookie },
        )
      ).status,
    ).toBe(403);
    expect(await db.role.count({ where: { name } })).toBe(0);
  });

  test("cannot lift its own deny for others: everything/* without the get-env deny is refused", async () => {
    const since = await lastAuditId();
    const name = roleName("no_deny");
    const res = await postRole(
      { name, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "everything/*", effect: "allow" }] },
      { sessionCookie: roleEditorCookie },
    );
    await expectContainmentDenial(res, since, name, "you are denied everything/get-env");
    const withDeny = await postRole(
      {
        name,
        capabilities: ["mcp:connect"],
        toolGrants: [
          { pattern: "everything/*", effect: "allow" },
          { pattern: "everything/get-*", effect: "deny" },
        ],
      },
      { sessionCookie: roleEditorCookie },
    );
    expect(withDeny.status).toBe(201);
  });

  test("may grant tools it may call: everything/echo to service", async () => {
    const res = await patchRole(
      "service",
      { toolGrants: [{ pattern: "everything/echo", effect: "allow" }] },
      { sessionCookie: roleEditorCookie },
    );
    expect(res.status).toBe(200);
  });

  test("cannot raise admin's rate limit, nor edit or delete roles whose access exceeds its own", async () => {
    let since = await lastAuditId();
    await expectContainmentDenial(
      await patchRole("admin", { rateLimitPerMinute: 100_000 }, { sessionCookie: roleEditorCookie }),
      since,
      "admin",
      "which you do not hold",
    );
    expect((await db.role.findUniqueOrThrow({ where: { name: "admin" } })).rateLimitPerMinute).toBeNull();
    since = await lastAuditId();
    await expectContainmentDenial(
      await patchRole("operator", { description: "mine now" }, { sessionCookie: roleEditorCookie }),
      since,
      "operator",
      "servers:write",
    );
    since = await lastAuditId();
    const res = await call<ErrorBody>(roleByName.DELETE, "DELETE", "/api/v1/roles/clerk", {
      sessionCookie: roleEditorCookie,
      params: { name: "clerk" },
    });
    await expectContainmentDenial(res, since, "clerk", "users:write");
    expect(await db.role.count({ where: { name: "clerk" } })).toBe(1);
  });

  test("cannot make a role inherit from one beyond its reach", async () => {
    const name = roleName("heir");
    expect(
      (await postRole({ name, capabilities: ["mcp:connect"] }, { sessionCookie: roleEditorCookie })).status,
    ).toBe(201);
    const since = await lastAuditId();
    await expectContainmentDenial(
      await patchRole(name, { inherits: "operator" }, { sessionCookie: roleEditorCookie }),
      since,
      name,
      "afterwards it holds",
    );
  });

  test("cannot lift a deny over tools it cannot call: the deny also restricts the role's holders", async () => {
    // A holder of muzzle and agents may call everything but secret/*; lifting muzzle's deny would
    // open secret/* to them, which the role editor cannot call itself.
    await createRole({ name: "muzzle", toolGrants: [{ pattern: "secret/*", effect: "deny" }] }, system);
    await createRole({ name: "muzzled_child", inherits: "muzzle" }, system);
    let since = await lastAuditId();
    await expectContainmentDenial(
      await patchRole("muzzle", { toolGrants: [] }, { sessionCookie: roleEditorCookie }),
      since,
      "muzzle",
      "lifting secret/*",
    );
    since = await lastAuditId();
    await expectContainmentDenial(
      await patchRole("muzzled_child", { inherits: null }, { sessionCookie: roleEditorCookie }),
      since,
      "muzzled_child",
      "lifting secret/*",
    );
    since = await lastAuditId();
    await expectContainmentDenial(
      await call<ErrorBody>(roleByName.DELETE, "DELETE", "/api/v1/roles/muzzle", {
        sessionCookie: roleEditorCookie,
        params: { name: "muzzle" },
      }),
      since,
      "muzzle",
      "lifting secret/*",
    );
    expect(await db.toolGrant.count({ where: { role: { name: "muzzle" } } })).toBe(1);
    // Adding denies, or lifting one over tools it may call, is fine.
    expect(
      (
        await patchRole(
          "muzzle",
          {
            toolGrants: [
              { pattern: "secret/*", effect: "deny" },
              { pattern: "everything/echo", effect: "deny" },
            ],
          },
          { sessionCookie: roleEditorCookie },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await patchRole(
          "muzzle",
          { toolGrants: [{ pattern: "secret/*", effect: "deny" }] },
          { sessionCookie: roleEditorCookie },
        )
      ).status,
    ).toBe(200);
    expect((await patchRole("muzzle", { toolGrants: [] }, { sessionCookie: adminCookie })).status).toBe(200);
  });

  test("an admin grants */* although it holds no tool grant itself, and edits admin", async () => {
    const name = roleName("agents");
    expect(
      (
        await postRole(
          { name, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
          { sessionCookie: adminCookie },
        )
      ).status,
    ).toBe(201);
    expect((await patchRole("admin", { rateLimitPerMinute: 5000 }, { apiKey: adminKey.secret })).status).toBe(
      200,
    );
    expect(
      (await patchRole("admin", { rateLimitPerMinute: null }, { sessionCookie: adminCookie })).status,
    ).toBe(200);
  });
});

describe("keys:write over keys", () => {
  test("an operator cannot rename, throttle or revoke an admin's key, which keeps working", async () => {
    const key = await createTestKey(["admin"], { ownerEmail: admin.email });
    const id = key.key.id;
    for (const body of [{ name: "renamed" }, { rateLimitPerMinute: 1 }]) {
      const since = await lastAuditId();
      await expectContainmentDenial(
        await call<ErrorBody>(keyById.PATCH, "PATCH", `/api/v1/keys/${id}`, {
          sessionCookie: operatorCookie,
          params: { id },
          body,
        }),
        since,
        id,
        "which you do not hold",
      );
    }
    const since = await lastAuditId();
    await expectContainmentDenial(
      await call<ErrorBody>(keyById.DELETE, "DELETE", `/api/v1/keys/${id}`, {
        sessionCookie: operatorCookie,
        params: { id },
      }),
      since,
      id,
      "which you do not hold",
    );
    expect(await db.apiKey.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: key.key.name,
      rateLimitPerMinute: null,
      revokedAt: null,
    });
    expect((await call(me.GET, "GET", "/api/v1/me", { apiKey: key.secret })).status).toBe(200);
  });

  test("an operator still manages keys within its reach: creates, renames, throttles and revokes a viewer key", async () => {
    const created = await call<{ key: { id: string }; secret: string }>(keys.POST, "POST", "/api/v1/keys", {
      sessionCookie: operatorCookie,
      body: { name: "dash", roles: ["viewer"] },
    });
    expect(created.status).toBe(201);
    rememberSecret(created.body.secret);
    const id = created.body.key.id;
    expect(
      (
        await call(keyById.PATCH, "PATCH", `/api/v1/keys/${id}`, {
          sessionCookie: operatorCookie,
          params: { id },
          body: { name: "dash-2", rateLimitPerMinute: 10 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(keyById.DELETE, "DELETE", `/api/v1/keys/${id}`, {
          sessionCookie: operatorCookie,
          params: { id },
        })
      ).status,
    ).toBe(200);
  });

  test("an operator cannot mint a key for a role that calls tools it cannot", async () => {
    const name = roleName("caller");
    await createRole(
      { name, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "everything/*", effect: "allow" }] },
      system,
    );
    const res = await call<ErrorBody>(keys.POST, "POST", "/api/v1/keys", {
      sessionCookie: operatorCookie,
      body: { name: "agent", roles: [name] },
    });
    expect(res.status).toBe(403);
    expect(String(res.body.error.details?.reason)).toContain("everything/*");
  });

  test("an admin key revokes an admin's key", async () => {
    const key = await createTestKey(["admin"], { ownerEmail: admin.email });
    expect(
      (
        await call(keyById.DELETE, "DELETE", `/api/v1/keys/${key.key.id}`, {
          apiKey: adminKey.secret,
          params: { id: key.key.id },
        })
      ).status,
    ).toBe(200);
  });
});

test("no audit row holds a password or key secret", async () => {
  await expectNoSecretsInAudit();
});
