// OIDC sign-in after the provider's callback: users are created or updated from the claims,
// their roles follow the configured claim, and an identity naming no known role is refused.
// (The browser round trip through a real identity provider is not covered here.)
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.OIDC_ISSUER = "https://idp.example.test";
  process.env.OIDC_CLIENT_ID = "gatehouse";
  process.env.OIDC_CLIENT_SECRET = "client-secret";
  process.env.OIDC_ROLES_CLAIM = "realm_access.roles";
});

import { db } from "@/lib/db";
import { ensureBuiltInRoles } from "@/lib/rbac/ensure-built-in-roles";
import { signInWithOidc } from "@/lib/auth/sign-in-with-oidc";
import { findAuditEvents } from "../helpers/audit";

async function rolesOf(email: string): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    include: { roles: { include: { role: true } } },
  });
  return user.roles.map((r) => r.role.name).sort();
}

describe("signInWithOidc", () => {
  beforeAll(ensureBuiltInRoles);

  test("creates the user with the roles named in the claim, ignoring unknown ones", async () => {
    const user = await signInWithOidc({
      sub: "sub-ana",
      email: "Ana@Example.test",
      name: "Ana",
      realm_access: { roles: ["viewer", "auditor", "no_such_role"] },
    });
    expect(user?.email).toBe("ana@example.test");
    expect(await rolesOf("ana@example.test")).toEqual(["auditor", "viewer"]);
    const [event] = await findAuditEvents({ category: "auth", action: "sign_in", actorId: user!.id });
    expect(event.result).toBe("success");
  });

  test("a later sign-in replaces the roles with the claim's current ones", async () => {
    await signInWithOidc({
      sub: "sub-ana",
      email: "ana@example.test",
      realm_access: { roles: ["operator"] },
    });
    expect(await rolesOf("ana@example.test")).toEqual(["operator"]);
  });

  test("no known role in the claim: refused and audited as denied", async () => {
    expect(
      await signInWithOidc({ sub: "sub-bo", email: "bo@example.test", realm_access: { roles: ["intern"] } }),
    ).toBeNull();
    expect(await db.user.findUnique({ where: { email: "bo@example.test" } })).toBeNull();
    const events = await findAuditEvents({ category: "auth", action: "sign_in", result: "denied" });
    expect(
      events.some((e) => (e.details as { reason?: string } | null)?.reason === "no_known_role_in_claim"),
    ).toBe(true);
  });

  test("a disabled user stays out, whatever the claim says", async () => {
    await db.user.update({ where: { email: "ana@example.test" }, data: { isDisabled: true } });
    expect(
      await signInWithOidc({ sub: "sub-ana", email: "ana@example.test", realm_access: { roles: ["admin"] } }),
    ).toBeNull();
    expect(await rolesOf("ana@example.test")).toEqual(["operator"]);
  });
});
