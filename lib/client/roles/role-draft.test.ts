import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import {
  draftFromRole,
  emptyDraft,
  errorsFromApi,
  hasErrors,
  inheritanceChain,
  isDraftChanged,
  newGrantRow,
  toCreateBody,
  toUpdateBody,
  validateDraft,
  type RoleDraft,
} from "@/lib/client/roles/role-draft";
import type { RoleView } from "@/lib/roles/role-view-type";

function role(overrides: Partial<RoleView>): RoleView {
  return {
    id: "r1",
    name: "support",
    description: "Helps users",
    isBuiltIn: false,
    inherits: null,
    capabilities: ["users:read"],
    effectiveCapabilities: ["users:read"],
    toolGrants: [{ pattern: "everything/*", effect: "allow" }],
    rateLimitPerMinute: null,
    userCount: 0,
    keyCount: 0,
    ...overrides,
  };
}

function draft(overrides: Partial<RoleDraft>): RoleDraft {
  return { ...emptyDraft(), ...overrides };
}

describe("draftFromRole", () => {
  it("starts from the role's fields, with the limit as text", () => {
    const d = draftFromRole(role({ rateLimitPerMinute: 120 }));
    expect(d).toMatchObject({
      name: "support",
      description: "Helps users",
      capabilities: ["users:read"],
      rateLimit: "120",
    });
    expect(d.toolGrants.map((g) => g.pattern)).toEqual(["everything/*"]);
  });

  it("names a copy <name>_copy, cut to the 48 characters a role name may have", () => {
    expect(draftFromRole(role({}), { asCopy: true }).name).toBe("support_copy");
    expect(draftFromRole(role({ name: "a".repeat(48) }), { asCopy: true }).name).toHaveLength(48);
  });
});

describe("toCreateBody and toUpdateBody", () => {
  const filled = draft({
    name: " ops ",
    description: " On call ",
    inherits: "viewer",
    capabilities: ["servers:read", "not:a-capability"],
    toolGrants: [newGrantRow({ pattern: " everything/echo ", effect: "deny" }), newGrantRow()],
    rateLimit: " 60 ",
  });

  it("trims, drops empty grant rows and capabilities the server does not know, and reads the limit", () => {
    expect(toCreateBody(filled)).toEqual({
      name: "ops",
      description: "On call",
      inherits: "viewer",
      capabilities: ["servers:read"],
      toolGrants: [{ pattern: "everything/echo", effect: "deny" }],
      rateLimitPerMinute: 60,
    });
  });

  it("leaves capabilities and inheritance out of a built-in role's PATCH; empty limit is null", () => {
    const body = toUpdateBody({ ...filled, rateLimit: "" }, true);
    expect(body).toEqual({
      description: "On call",
      toolGrants: [{ pattern: "everything/echo", effect: "deny" }],
      rateLimitPerMinute: null,
    });
    expect(toUpdateBody(filled, false)).toMatchObject({ inherits: "viewer", capabilities: ["servers:read"] });
  });
});

describe("isDraftChanged", () => {
  it("ignores order and surrounding spaces, and sees each field", () => {
    const saved = role({ capabilities: ["users:read", "roles:read"] });
    const d = draftFromRole(saved);
    expect(isDraftChanged({ ...d, capabilities: ["roles:read", "users:read"] }, saved)).toBe(false);
    expect(isDraftChanged({ ...d, description: " Helps users " }, saved)).toBe(false);
    expect(isDraftChanged({ ...d, rateLimit: "10" }, saved)).toBe(true);
    expect(isDraftChanged({ ...d, toolGrants: [] }, saved)).toBe(true);
    expect(isDraftChanged({ ...d, inherits: "viewer" }, saved)).toBe(true);
  });
});

describe("inheritanceChain", () => {
  it("follows inherits and stops at a cycle", () => {
    const roles = [role({ name: "a", inherits: "b" }), role({ name: "b", inherits: "a" })];
    expect(inheritanceChain("a", roles).map((r) => r.name)).toEqual(["a", "b"]);
    expect(inheritanceChain(null, roles)).toEqual([]);
  });
});

describe("validateDraft", () => {
  const roles = [role({ name: "support" }), role({ name: "viewer", inherits: "support" })];

  it("passes a good new role", () => {
    const errors = validateDraft(draft({ name: "ops", rateLimit: "100000000" }), { isNew: true, roles });
    expect(hasErrors(errors)).toBe(false);
  });

  it("reports a bad or taken name, a cycle, a limit past the server's ceiling and a bad pattern", () => {
    const bad = newGrantRow({ pattern: "no-slash", effect: "allow" });
    expect(validateDraft(draft({ name: "Ops" }), { isNew: true, roles }).name).toMatch(/lowercase/);
    expect(validateDraft(draft({ name: "support" }), { isNew: true, roles }).name).toBe(
      "A role named support already exists.",
    );
    expect(
      validateDraft(draft({ name: "support", inherits: "viewer" }), { isNew: false, roles }).inherits,
    ).toMatch(/cycle/);
    const errors = validateDraft(draft({ name: "ops", rateLimit: "100000001", toolGrants: [bad] }), {
      isNew: true,
      roles,
    });
    expect(errors.rateLimit).toBe("Enter a whole number from 1 to 100,000,000, or leave empty.");
    expect(errors.grants[bad.key]).toMatch(/<server>\/<tool>/);
    expect(hasErrors(errors)).toBe(true);
  });
});

describe("errorsFromApi", () => {
  it("places field errors, and a grant error on the row sent at that index", () => {
    const empty = newGrantRow();
    const sent = newGrantRow({ pattern: "x/*", effect: "allow" });
    const d = draft({ toolGrants: [empty, sent] });
    const error = new ApiError(422, "invalid_input", "Invalid", null, {
      name: ["Taken"],
      "toolGrants.0.pattern": ["Bad pattern"],
      rateLimitPerMinute: ["Too high"],
    });
    expect(errorsFromApi(error, d)).toMatchObject({
      name: "Taken",
      rateLimit: "Too high",
      grants: { [sent.key]: "Bad pattern" },
    });
  });
});
