import { describe, expect, test } from "vitest";
import { rolesFromClaims } from "@/lib/auth/oidc-roles";

const known = new Set(["admin", "operator", "viewer", "compliance_officer"]);

describe("rolesFromClaims", () => {
  test("reads a list claim and keeps only known roles", () => {
    expect(rolesFromClaims({ roles: ["viewer", "superuser", "operator"] }, "roles", known)).toEqual([
      "viewer",
      "operator",
    ]);
  });

  test("reads a space- or comma-separated string", () => {
    expect(rolesFromClaims({ roles: "viewer operator" }, "roles", known)).toEqual(["viewer", "operator"]);
    expect(rolesFromClaims({ roles: "viewer,operator, compliance_officer" }, "roles", known)).toEqual([
      "viewer",
      "operator",
      "compliance_officer",
    ]);
  });

  test("follows a dotted path into nested claims", () => {
    const claims = { realm_access: { roles: ["admin", "offline_access"] } };
    expect(rolesFromClaims(claims, "realm_access.roles", known)).toEqual(["admin"]);
  });

  test("removes duplicates", () => {
    expect(rolesFromClaims({ roles: ["viewer", "viewer", "admin", "viewer"] }, "roles", known)).toEqual([
      "viewer",
      "admin",
    ]);
  });

  test("a missing, empty or oddly typed claim gives no roles (deny by default)", () => {
    expect(rolesFromClaims({}, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ roles: [] }, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ roles: "" }, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ roles: 42 }, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ roles: { admin: true } }, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ roles: [1, null, { name: "admin" }] }, "roles", known)).toEqual([]);
    expect(rolesFromClaims({ realm_access: "admin" }, "realm_access.roles", known)).toEqual([]);
    expect(rolesFromClaims({ realm_access: null }, "realm_access.roles", known)).toEqual([]);
  });

  test("role names are matched exactly (no case folding, no prefix match)", () => {
    expect(rolesFromClaims({ roles: ["Admin", "ADMIN", "admins", "view"] }, "roles", known)).toEqual([]);
  });

  test("another claim name is honoured, and the default one then ignored", () => {
    expect(rolesFromClaims({ roles: ["admin"], groups: ["viewer"] }, "groups", known)).toEqual(["viewer"]);
  });
});
