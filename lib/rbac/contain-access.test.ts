import { describe, expect, test } from "vitest";
import { computeAccess, type RoleDefinition } from "@/lib/rbac/access";
import { BUILT_IN_ROLES } from "@/lib/rbac/built-in-roles";
import { containAccess, containLiftedDenies } from "@/lib/rbac/contain-access";
import { decide } from "@/lib/rbac/decide";
import { matchesToolPattern, toolPatternCovers, toolPatternsOverlap } from "@/lib/rbac/tool-pattern";

type Grant = RoleDefinition["toolGrants"][number];

function role(name: string, parts: Partial<Omit<RoleDefinition, "name">> = {}): RoleDefinition {
  return { name, capabilities: [], toolGrants: [], inherits: null, ...parts };
}

const builtIns = BUILT_IN_ROLES.map((r) => role(r.name, { capabilities: r.capabilities }));

function accessOf(roles: string[], ...custom: RoleDefinition[]) {
  return computeAccess(roles, new Map([...builtIns, ...custom].map((r) => [r.name, r])));
}

const allow = (pattern: string): Grant => ({ pattern, effect: "allow" });
const deny = (pattern: string): Grant => ({ pattern, effect: "deny" });

function grantsAccess(...grants: Grant[]) {
  return accessOf(["r"], role("r", { capabilities: ["mcp:connect"], toolGrants: grants }));
}

describe("toolPatternCovers", () => {
  test.each([
    ["*/*", "everything/echo", true],
    ["*/*", "everything/*", true],
    ["*", "*/*", true],
    ["*/*", "*", false],
    ["everything/*", "everything/get_*", true],
    ["everything/get_*", "everything/*", false],
    ["everything/echo", "everything/echo", true],
    ["everything/echo", "everything/ech*", false],
    ["*/echo", "a*/echo", true],
    ["a*/echo", "*/echo", false],
    ["git*/get_*", "github/get_issue", true],
    ["*_env", "everything/get_*_env", true],
  ])("%s covers %s: %s", (outer, inner, expected) => {
    expect(toolPatternCovers(outer, inner)).toBe(expected);
  });
});

describe("toolPatternsOverlap", () => {
  test.each([
    ["everything/*", "*/echo", true],
    ["everything/*", "other/*", false],
    ["everything/get_*", "everything/*_env", true],
    ["everything/get_*", "everything/list_*", false],
    ["a*", "*b", true],
    ["everything/echo", "everything/echo", true],
    ["everything/echo", "everything/echo2", false],
    ["*", "x", true],
  ])("%s and %s: %s", (a, b, expected) => {
    expect(toolPatternsOverlap(a, b)).toBe(expected);
    expect(toolPatternsOverlap(b, a)).toBe(expected);
  });
});

describe("containAccess: capabilities", () => {
  test("admin contains every built-in role, itself included", () => {
    for (const r of BUILT_IN_ROLES)
      expect(containAccess(accessOf(["admin"]), accessOf([r.name])), r.name).toMatchObject({ allowed: true });
  });

  test("a users:write helpdesk contains a viewer only when it holds what the viewer holds", () => {
    const helpdesk = role("helpdesk", { capabilities: ["users:read", "users:write"] });
    const decision = containAccess(accessOf(["helpdesk"], helpdesk), accessOf(["viewer"]));
    expect(decision).toEqual({
      allowed: false,
      reason: "it holds metrics:read, servers:read, tools:read, which you do not hold",
      missing: ["metrics:read", "servers:read", "tools:read"],
    });
    const wider = role("helpdesk", {
      capabilities: ["users:read", "users:write", "servers:read", "tools:read", "metrics:read"],
    });
    expect(containAccess(accessOf(["helpdesk"], wider), accessOf(["viewer"])).allowed).toBe(true);
  });

  test("nobody but an admin contains an admin", () => {
    const almost = role("almost", { capabilities: BUILT_IN_ROLES[0].capabilities });
    const decision = containAccess(accessOf(["almost"], almost), accessOf(["admin"]));
    expect(decision).toEqual({
      allowed: false,
      reason: "it holds the admin role's reach over every tool, which you do not hold",
    });
  });

  test("capabilities reached through inheritance count", () => {
    const child = role("child", { inherits: "operator" });
    expect(containAccess(accessOf(["operator"]), accessOf(["child"], child)).allowed).toBe(true);
    expect(containAccess(accessOf(["viewer"]), accessOf(["child"], child)).allowed).toBe(false);
  });
});

describe("containAccess: tool grants", () => {
  test("an admin may grant any tool, though it holds no grant itself", () => {
    expect(containAccess(accessOf(["admin"]), grantsAccess(allow("*/*"))).allowed).toBe(true);
  });

  test("a target allow must be covered by one actor allow", () => {
    const actor = grantsAccess(allow("everything/*"));
    expect(containAccess(actor, grantsAccess(allow("everything/echo"))).allowed).toBe(true);
    const wide = containAccess(actor, grantsAccess(allow("*/*")));
    expect(wide.allowed).toBe(false);
    expect(wide.reason).toBe("it may call */* (allow in role r), which your tool grants do not cover");
    expect(containAccess(grantsAccess(), grantsAccess(allow("everything/echo"))).allowed).toBe(false);
  });

  test("an actor deny that reaches the target's allows must be denied to the target too", () => {
    const actor = grantsAccess(allow("everything/*"), deny("everything/get-env"));
    const decision = containAccess(actor, grantsAccess(allow("everything/*")));
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain("you are denied everything/get-env");
    expect(containAccess(actor, grantsAccess(allow("everything/*"), deny("everything/get-*"))).allowed).toBe(
      true,
    );
    // A target allow the deny cannot reach needs no deny of its own.
    expect(containAccess(actor, grantsAccess(allow("everything/echo"))).allowed).toBe(true);
  });

  test("a target allow its own deny cancels needs no cover", () => {
    expect(
      containAccess(grantsAccess(), grantsAccess(allow("everything/echo"), deny("everything/*"))).allowed,
    ).toBe(true);
  });

  test("grants reached through inheritance count, for actor and target", () => {
    const parent = role("parent", { toolGrants: [allow("everything/*")] });
    const child = role("child", { inherits: "parent" });
    const other = role("other", { toolGrants: [allow("other/*")] });
    expect(containAccess(accessOf(["child"], parent, child), accessOf(["parent"], parent)).allowed).toBe(
      true,
    );
    expect(containAccess(accessOf(["other"], other), accessOf(["child"], parent, child)).allowed).toBe(false);
  });

  // Soundness on a grid of patterns and tool paths: whenever containment allows, each path the
  // target may call (decide() as the gateway runs it), the actor may call too.
  test("never lets a target call a tool the actor cannot (exhaustive over small patterns)", () => {
    const patterns = ["*/*", "a/*", "a/x*", "a/xy", "*/y", "b/*", "*", "a/*y", "*x*"];
    const paths = ["a/x", "a/xy", "a/y", "b/x", "b/y", "c/xy", "a/zz"];
    const grantSets: Grant[][] = [[]];
    for (const p of patterns)
      for (const q of patterns) grantSets.push([allow(p), deny(q)], [allow(p)], [allow(p), allow(q)]);
    let checked = 0;
    for (const actorGrants of grantSets) {
      const actor = grantsAccess(...actorGrants);
      for (const targetGrants of grantSets.slice(0, 120)) {
        const target = grantsAccess(...targetGrants);
        if (!containAccess(actor, target).allowed) continue;
        for (const path of paths) {
          if (decide(target, { tool: path }).allowed) {
            expect(
              decide(actor, { tool: path }).allowed,
              `${JSON.stringify(actorGrants)} vs ${JSON.stringify(targetGrants)} on ${path}`,
            ).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("covers and overlap agree with matching on sample paths", () => {
    const patterns = ["*/*", "a/*", "a/x*", "a/xy", "*/y", "*y", "b/*"];
    const paths = ["a/x", "a/xy", "a/y", "b/y", "c/xy"];
    for (const p of patterns) {
      for (const q of patterns) {
        const both = paths.filter((path) => matchesToolPattern(p, path) && matchesToolPattern(q, path));
        if (both.length) expect(toolPatternsOverlap(p, q), `${p} ${q}`).toBe(true);
        if (toolPatternCovers(p, q))
          for (const path of paths)
            if (matchesToolPattern(q, path)) expect(matchesToolPattern(p, path)).toBe(true);
      }
    }
  });
});

describe("containLiftedDenies: a role's denies restrict its holders' other roles", () => {
  test("lifting a deny over tools the actor cannot call is refused, though the role stays within reach", () => {
    const actor = grantsAccess(allow("everything/*"));
    const before = grantsAccess(deny("secret/*"));
    const after = grantsAccess();
    expect(containAccess(actor, before).allowed).toBe(true);
    expect(containAccess(actor, after).allowed).toBe(true);
    const decision = containLiftedDenies(actor, before, after);
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain("lifting secret/* (deny in role r)");
    // A holder that also holds allow */* elsewhere would have gained secret/*: the case refused.
    const holder = (...grants: Grant[]) =>
      accessOf(
        ["r", "wide"],
        role("r", { toolGrants: grants }),
        role("wide", { toolGrants: [allow("*/*")] }),
      );
    expect(decide(holder(deny("secret/*")), { tool: "secret/x" }).allowed).toBe(false);
    expect(decide(holder(), { tool: "secret/x" }).allowed).toBe(true);
    expect(decide(actor, { tool: "secret/x" }).allowed).toBe(false);
  });

  test("lifting a deny over tools the actor may call, or keeping it under a wider deny, is fine", () => {
    const actor = grantsAccess(allow("everything/*"), deny("everything/get-env"));
    expect(containLiftedDenies(actor, grantsAccess(deny("everything/echo")), grantsAccess()).allowed).toBe(
      true,
    );
    expect(
      containLiftedDenies(actor, grantsAccess(deny("secret/a")), grantsAccess(deny("secret/*"))).allowed,
    ).toBe(true);
    // The actor is itself denied part of what the deny covered.
    expect(containLiftedDenies(actor, grantsAccess(deny("everything/get-*")), grantsAccess()).allowed).toBe(
      false,
    );
  });

  test("a deny lost with a parent counts; an admin may lift any deny", () => {
    const muzzle = role("muzzle", { toolGrants: [deny("secret/*")] });
    const before = accessOf(["child"], muzzle, role("child", { inherits: "muzzle" }));
    const after = accessOf(["child"], muzzle, role("child"));
    expect(containLiftedDenies(grantsAccess(allow("everything/*")), before, after).allowed).toBe(false);
    expect(containLiftedDenies(accessOf(["admin"]), before, after).allowed).toBe(true);
  });
});
