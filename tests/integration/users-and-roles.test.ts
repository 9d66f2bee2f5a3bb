// Users and roles through the REST handlers: the last admin stays, built-in roles stay, role
// inheritance reaches API keys, and each change leaves an audit row.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import * as users from "@/app/api/v1/users/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as roles from "@/app/api/v1/roles/route";
import * as roleByName from "@/app/api/v1/roles/[name]/route";
import * as keys from "@/app/api/v1/keys/route";
import { call, type ErrorBody } from "../helpers/http";
import {
  BUILT_IN_ROLE_NAMES,
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestUser,
} from "../helpers/fixtures";
import { findAuditEvents } from "../helpers/audit";

type UserBody = { user: { id: string; email: string; roles: string[]; isDisabled: boolean } };
type RoleBody = {
  role: {
    name: string;
    isBuiltIn: boolean;
    inherits: string | null;
    capabilities: string[];
    effectiveCapabilities: string[];
  };
};

let firstAdmin: TestUser;
let firstAdminCookie: string;

beforeAll(async () => {
  await seedRoles();
  firstAdmin = await createTestUser(["admin"]);
  firstAdminCookie = await sessionCookieFor(firstAdmin.id);
});

function patchUser(id: string, body: unknown, sessionCookie = firstAdminCookie) {
  return call<UserBody & ErrorBody>(userById.PATCH, "PATCH", `/api/v1/users/${id}`, {
    sessionCookie,
    params: { id },
    body,
  });
}

function roleName(prefix: string): string {
  return uniqueName(prefix).replace("-", "_");
}

describe("the last enabled admin", () => {
  // Runs first in this file, while firstAdmin is the only admin user.
  test("cannot lose the admin role or be disabled (409), and nothing changes", async () => {
    expect(await db.user.count({ where: { roles: { some: { role: { name: "admin" } } } } })).toBe(1);

    const demote = await patchUser(firstAdmin.id, { roles: ["viewer"] });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe("conflict");
    const disable = await patchUser(firstAdmin.id, { isDisabled: true });
    expect(disable.status).toBe(409);

    const after = await db.user.findUniqueOrThrow({
      where: { id: firstAdmin.id },
      include: { roles: { include: { role: true } } },
    });
    expect(after.isDisabled).toBe(false);
    expect(after.roles.map((r) => r.role.name)).toEqual(["admin"]);
    // An admin API key is not an admin user: it does not count.
    await createTestKey(["admin"]);
    expect((await patchUser(firstAdmin.id, { roles: ["viewer"] })).status).toBe(409);
  });

  test("with a second admin, one may step down; then the other is the last and is protected", async () => {
    const second = await createTestUser(["admin"]);
    const demoted = await patchUser(second.id, { roles: ["viewer"] });
    expect(demoted.status).toBe(200);
    expect(demoted.body.user.roles).toEqual(["viewer"]);
    const [row] = await findAuditEvents({ category: "user", action: "change_roles", target: second.id });
    expect(row.details).toMatchObject({ changes: { roles: { before: ["admin"], after: ["viewer"] } } });

    expect((await patchUser(firstAdmin.id, { isDisabled: true })).status).toBe(409);
  });

  test("a disabled admin does not count as the remaining admin", async () => {
    const other = await createTestUser(["admin"]);
    expect((await patchUser(other.id, { isDisabled: true })).status).toBe(200);
    expect((await patchUser(firstAdmin.id, { roles: ["operator"] })).status).toBe(409);
  });
});

describe("users", () => {
  test("create, read, rename and disable, each change audited", async () => {
    const email = `${uniqueName("new")}@example.test`;
    const created = await call<UserBody>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: firstAdminCookie,
      body: {
        email: email.toUpperCase(),
        name: "New Person",
        password: "a-long-enough-password",
        roles: ["auditor", "viewer"],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email, roles: ["auditor", "viewer"], isDisabled: false });
    expect(JSON.stringify(created.body)).not.toContain("a-long-enough-password");
    expect(created.body.user).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(created.body)).not.toContain("$argon2");
    const id = created.body.user.id;
    const [createRow] = await findAuditEvents({ category: "user", action: "create", target: id });
    expect(createRow).toMatchObject({ result: "success", actorId: firstAdmin.id });
    expect(createRow.details).toEqual({ roles: ["auditor", "viewer"] });
    expect(createRow.subject).toEqual({ email });

    const read = await call<UserBody>(userById.GET, "GET", `/api/v1/users/${id}`, {
      sessionCookie: firstAdminCookie,
      params: { id },
    });
    expect(read.body.user.email).toBe(email);

    expect((await patchUser(id, { name: "Renamed" })).status).toBe(200);
    const [renameRow] = await findAuditEvents({ category: "user", action: "update", target: id });
    // That a name changed is searchable; the names themselves are personal, encrypted with the subject.
    expect(renameRow.details).toEqual({ changes: { name: "changed" } });
    expect(renameRow.subject).toEqual({ email, name: { before: "New Person", after: "Renamed" } });
    expect(JSON.stringify(renameRow.stored)).not.toContain("Renamed");

    expect((await patchUser(id, { isDisabled: true })).body.user.isDisabled).toBe(true);
    expect(await findAuditEvents({ category: "user", action: "disable", target: id })).toHaveLength(1);
  });

  test("a second user with the same email is 409 with a field error", async () => {
    const existing = await createTestUser(["viewer"]);
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: firstAdminCookie,
      body: { email: existing.email, password: "a-long-enough-password", roles: ["viewer"] },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ fields: { email: ["Already in use"] } });
  });

  test("an unknown role is 400 with a field error", async () => {
    const res = await call<ErrorBody>(users.POST, "POST", "/api/v1/users", {
      sessionCookie: firstAdminCookie,
      body: {
        email: `${uniqueName("x")}@example.test`,
        password: "a-long-enough-password",
        roles: ["wizard"],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ fields: { roles: [expect.stringContaining("wizard")] } });
  });

  test("the list is searchable and paginated by cursor", async () => {
    const tag = uniqueName("page");
    for (let i = 0; i < 3; i++) await createTestUser(["viewer"], { email: `${tag}-${i}@example.test` });
    const first = await call<{ users: { email: string }[]; nextCursor: string | null }>(
      users.GET,
      "GET",
      `/api/v1/users?q=${tag}&limit=2`,
      { sessionCookie: firstAdminCookie },
    );
    expect(first.body.users.map((u) => u.email)).toEqual([`${tag}-0@example.test`, `${tag}-1@example.test`]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call<{ users: { email: string }[]; nextCursor: string | null }>(
      users.GET,
      "GET",
      `/api/v1/users?q=${tag}&limit=2&cursor=${first.body.nextCursor}`,
      { sessionCookie: firstAdminCookie },
    );
    expect(second.body.users.map((u) => u.email)).toEqual([`${tag}-2@example.test`]);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe("roles", () => {
  test.each(BUILT_IN_ROLE_NAMES)("the built-in role %s cannot be deleted (409)", async (name) => {
    const res = await call<ErrorBody>(roleByName.DELETE, "DELETE", `/api/v1/roles/${name}`, {
      sessionCookie: firstAdminCookie,
      params: { name },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(await db.role.count({ where: { name } })).toBe(1);
  });

  test("a built-in role's capabilities are fixed (409); its description can change", async () => {
    const caps = await call<ErrorBody>(roleByName.PATCH, "PATCH", "/api/v1/roles/viewer", {
      sessionCookie: firstAdminCookie,
      params: { name: "viewer" },
      body: { capabilities: ["users:write"] },
    });
    expect(caps.status).toBe(409);
    const desc = await call<RoleBody>(roleByName.PATCH, "PATCH", "/api/v1/roles/viewer", {
      sessionCookie: firstAdminCookie,
      params: { name: "viewer" },
      body: { description: "Looks only." },
    });
    expect(desc.status).toBe(200);
    expect(desc.body.role.capabilities).toEqual(["metrics:read", "servers:read", "tools:read"]);
  });

  test("a built-in name cannot be taken by a custom role (409)", async () => {
    const res = await call<ErrorBody>(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: firstAdminCookie,
      body: { name: "admin" },
    });
    expect(res.status).toBe(409);
  });

  test("a custom role inheriting operator gives its API keys operator's capabilities", async () => {
    const name = roleName("ops_plus");
    const created = await call<RoleBody>(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: firstAdminCookie,
      body: { name, inherits: "operator", capabilities: ["audit:read"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.role.effectiveCapabilities).toEqual(
      expect.arrayContaining(["keys:read", "servers:write", "audit:read"]),
    );
    const [row] = await findAuditEvents({ category: "role", action: "create", target: name });
    expect(row).toMatchObject({ result: "success", actorId: firstAdmin.id });

    const { secret } = await createTestKey([name]);
    expect((await call(keys.GET, "GET", "/api/v1/keys", { apiKey: secret })).status).toBe(200);
    expect((await call(users.GET, "GET", "/api/v1/users", { apiKey: secret })).status).toBe(403);
  });

  test("an inheritance cycle is refused (400)", async () => {
    const a = roleName("cyc_a");
    const b = roleName("cyc_b");
    expect(
      (
        await call(roles.POST, "POST", "/api/v1/roles", {
          sessionCookie: firstAdminCookie,
          body: { name: a },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(roles.POST, "POST", "/api/v1/roles", {
          sessionCookie: firstAdminCookie,
          body: { name: b, inherits: a },
        })
      ).status,
    ).toBe(201);
    const cycle = await call<ErrorBody>(roleByName.PATCH, "PATCH", `/api/v1/roles/${a}`, {
      sessionCookie: firstAdminCookie,
      params: { name: a },
      body: { inherits: b },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details).toMatchObject({ fields: { inherits: [expect.any(String)] } });
    const self = await call<ErrorBody>(roleByName.PATCH, "PATCH", `/api/v1/roles/${a}`, {
      sessionCookie: firstAdminCookie,
      params: { name: a },
      body: { inherits: a },
    });
    expect(self.status).toBe(400);
  });

  test("a custom role held by an API key cannot be deleted (409); an unused one can (204, then 404)", async () => {
    const held = roleName("held");
    await call(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: firstAdminCookie,
      body: { name: held, capabilities: ["metrics:read"] },
    });
    await createTestKey([held]);
    expect(
      (
        await call(roleByName.DELETE, "DELETE", `/api/v1/roles/${held}`, {
          sessionCookie: firstAdminCookie,
          params: { name: held },
        })
      ).status,
    ).toBe(409);

    const spare = roleName("spare");
    await call(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: firstAdminCookie,
      body: { name: spare },
    });
    const deleted = await call(roleByName.DELETE, "DELETE", `/api/v1/roles/${spare}`, {
      sessionCookie: firstAdminCookie,
      params: { name: spare },
    });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expect(await findAuditEvents({ category: "role", action: "delete", target: spare })).toHaveLength(1);
    expect(
      (
        await call(roleByName.GET, "GET", `/api/v1/roles/${spare}`, {
          sessionCookie: firstAdminCookie,
          params: { name: spare },
        })
      ).status,
    ).toBe(404);
  });

  test("tool grants with a malformed pattern are 400", async () => {
    const res = await call<ErrorBody>(roles.POST, "POST", "/api/v1/roles", {
      sessionCookie: firstAdminCookie,
      body: { name: roleName("bad"), toolGrants: [{ pattern: "no-slash", effect: "allow" }] },
    });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body.error.details as { fields: Record<string, unknown> }).fields)).toEqual([
      "toolGrants.0.pattern",
    ]);
  });
});
