// First start: built-in roles are created and kept equal to the list in code; the first admin
// comes from ADMIN_EMAIL / ADMIN_PASSWORD and is created only once.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.ADMIN_EMAIL = "First.Admin@Example.test";
  process.env.ADMIN_PASSWORD = "first-admin-password-123";
});

import { db } from "@/lib/db";
import { ensureBuiltInRoles } from "@/lib/rbac/ensure-built-in-roles";
import { BUILT_IN_ROLES } from "@/lib/rbac/built-in-roles";
import { ensureFirstAdmin } from "@/lib/bootstrap/ensure-first-admin";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { findAuditEvents } from "../helpers/audit";

async function capabilitiesOf(name: string): Promise<string[]> {
  const role = await db.role.findUniqueOrThrow({ where: { name }, include: { capabilities: true } });
  return role.capabilities.map((c) => c.capability).sort();
}

describe("ensureBuiltInRoles", () => {
  beforeAll(ensureBuiltInRoles);

  test("creates every built-in role with its capabilities, marked built-in", async () => {
    for (const role of BUILT_IN_ROLES) {
      expect(await capabilitiesOf(role.name), role.name).toEqual([...role.capabilities].sort());
      expect((await db.role.findUniqueOrThrow({ where: { name: role.name } })).isBuiltIn).toBe(true);
    }
  });

  test("puts back capabilities edited in the database, and is idempotent", async () => {
    const operator = await db.role.findUniqueOrThrow({ where: { name: "operator" } });
    await db.roleCapability.deleteMany({ where: { roleId: operator.id, capability: "servers:write" } });
    await db.roleCapability.create({ data: { roleId: operator.id, capability: "users:write" } });
    await ensureBuiltInRoles();
    await ensureBuiltInRoles();
    expect(await capabilitiesOf("operator")).toEqual(
      [...BUILT_IN_ROLES.find((r) => r.name === "operator")!.capabilities].sort(),
    );
    expect(await db.role.count({ where: { isBuiltIn: true } })).toBe(BUILT_IN_ROLES.length);
  });
});

describe("ensureFirstAdmin", () => {
  test("creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD once, and audits it", async () => {
    await ensureBuiltInRoles();
    expect(await db.user.count()).toBe(0);
    expect(await ensureFirstAdmin()).toEqual({ email: "first.admin@example.test", generatedPassword: null });
    expect(await ensureFirstAdmin()).toBeNull();
    const admins = await db.user.findMany({ include: { roles: { include: { role: true } } } });
    expect(admins).toHaveLength(1);
    expect(admins[0].roles.map((r) => r.role.name)).toEqual(["admin"]);

    const outcome = await signInWithPassword("first.admin@example.test", "first-admin-password-123", {
      ip: "192.0.2.1",
    });
    expect(outcome.ok).toBe(true);

    const [row] = await findAuditEvents({ category: "user", action: "create", target: admins[0].id });
    expect(row).toMatchObject({ actorType: "system" });
    expect(JSON.stringify(row)).not.toContain("first-admin-password-123");
  });
});
