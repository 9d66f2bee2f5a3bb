import { describe, expect, test } from "vitest";
import { computeAccess, roleChain, type RoleDefinition } from "@/lib/rbac/access";
import { decide } from "@/lib/rbac/decide";
import { BUILT_IN_ROLES } from "@/lib/rbac/built-in-roles";
import { CAPABILITIES } from "@/lib/rbac/capabilities";

function role(name: string, parts: Partial<Omit<RoleDefinition, "name">> = {}): RoleDefinition {
  return { name, capabilities: [], toolGrants: [], inherits: null, ...parts };
}

function definitions(...roles: RoleDefinition[]): Map<string, RoleDefinition> {
  return new Map(roles.map((r) => [r.name, r]));
}

describe("decide: capabilities", () => {
  const defs = definitions(
    role("reader", { capabilities: ["servers:read", "audit:read"] }),
    role("writer", { capabilities: ["servers:write"] }),
  );

  test("allows a capability one of the roles grants and names that role", () => {
    const decision = decide(computeAccess(["reader"], defs), { capability: "audit:read" });
    expect(decision).toEqual({ allowed: true, reason: "role reader grants audit:read" });
  });

  test("refuses a capability no role grants, saying so", () => {
    const decision = decide(computeAccess(["reader"], defs), { capability: "servers:write" });
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toBe("no role of this principal grants servers:write");
  });

  test("combines the capabilities of several roles", () => {
    const access = computeAccess(["reader", "writer"], defs);
    expect(decide(access, { capability: "servers:read" }).allowed).toBe(true);
    expect(decide(access, { capability: "servers:write" }).allowed).toBe(true);
    expect(decide(access, { capability: "users:write" }).allowed).toBe(false);
  });

  test("a principal without roles is refused everything", () => {
    const access = computeAccess([], defs);
    for (const capability of CAPABILITIES) expect(decide(access, { capability }).allowed).toBe(false);
  });

  test("unknown role names and unknown capability strings grant nothing", () => {
    const defsWithJunk = definitions(
      role("odd", { capabilities: ["servers:read", "servers:delete-everything", "*"] }),
    );
    const access = computeAccess(["ghost", "odd"], defsWithJunk);
    expect([...access.capabilities.keys()]).toEqual(["servers:read"]);
    expect(access.roles).toEqual(["ghost", "odd"]);
  });
});

describe("decide: inheritance (computeAccess)", () => {
  const defs = definitions(
    role("base", {
      capabilities: ["metrics:read"],
      toolGrants: [{ pattern: "everything/echo", effect: "allow" }],
    }),
    role("middle", { capabilities: ["servers:read"], inherits: "base" }),
    role("top", {
      capabilities: ["servers:write"],
      inherits: "middle",
      toolGrants: [{ pattern: "everything/*", effect: "deny" }],
    }),
  );

  test("a role holds what its ancestors grant, credited to the ancestor", () => {
    const access = computeAccess(["top"], defs);
    expect(decide(access, { capability: "metrics:read" })).toEqual({
      allowed: true,
      reason: "role base grants metrics:read",
    });
    expect(decide(access, { capability: "servers:read" }).reason).toBe("role middle grants servers:read");
    expect(decide(access, { capability: "servers:write" }).reason).toBe("role top grants servers:write");
  });

  test("inheritance goes up only: a parent does not get its heir's capabilities", () => {
    const access = computeAccess(["base"], defs);
    expect(decide(access, { capability: "servers:read" }).allowed).toBe(false);
  });

  test("an heir's deny beats an ancestor's allow", () => {
    const decision = decide(computeAccess(["top"], defs), { tool: "everything/echo" });
    expect(decision.allowed).toBe(false);
    expect(decision.rule).toEqual({ pattern: "everything/*", effect: "deny", role: "top" });
  });

  test("a shared ancestor is counted once", () => {
    const access = computeAccess(["top", "middle", "base"], defs);
    expect(access.toolGrants).toHaveLength(2);
  });

  test("roleChain lists a role then its ancestors and stops at an unknown parent", () => {
    const withDangling = definitions(...defs.values(), role("orphan", { inherits: "deleted_role" }));
    expect(roleChain("top", withDangling).map((r) => r.name)).toEqual(["top", "middle", "base"]);
    expect(roleChain("orphan", withDangling).map((r) => r.name)).toEqual(["orphan"]);
    expect(roleChain("ghost", withDangling)).toEqual([]);
  });
});

describe("decide: inheritance cycles", () => {
  const cyclic = definitions(
    role("a", { capabilities: ["servers:read"], inherits: "b" }),
    role("b", { capabilities: ["tools:read"], inherits: "c" }),
    role("c", { capabilities: ["metrics:read"], inherits: "a" }),
    role("self", { capabilities: ["audit:read"], inherits: "self" }),
  );

  test("a cycle ends after each role once instead of looping", () => {
    expect(roleChain("a", cyclic).map((r) => r.name)).toEqual(["a", "b", "c"]);
    const access = computeAccess(["b"], cyclic);
    expect([...access.capabilities.keys()].sort()).toEqual(["metrics:read", "servers:read", "tools:read"]);
  });

  test("a role inheriting from itself holds only its own capabilities", () => {
    expect(roleChain("self", cyclic).map((r) => r.name)).toEqual(["self"]);
    expect([...computeAccess(["self"], cyclic).capabilities.keys()]).toEqual(["audit:read"]);
  });
});

describe("decide: tools", () => {
  const defs = definitions(
    role("agent", {
      toolGrants: [
        { pattern: "everything/*", effect: "allow" },
        { pattern: "everything/delete_*", effect: "deny" },
        { pattern: "github/search_issues", effect: "allow" },
      ],
    }),
    role("auditor_agent", { toolGrants: [{ pattern: "github/*", effect: "deny" }] }),
  );

  test("nothing is allowed by default", () => {
    const decision = decide(computeAccess([], defs), { tool: "everything/echo" });
    expect(decision).toEqual({
      allowed: false,
      reason: "no grant of this principal's roles matches everything/echo",
    });
  });

  test("an allow pattern allows and is reported as the deciding rule", () => {
    const decision = decide(computeAccess(["agent"], defs), { tool: "everything/echo" });
    expect(decision.allowed).toBe(true);
    expect(decision.reason).toBe("allowed by role agent: allow everything/*");
    expect(decision.rule).toEqual({ pattern: "everything/*", effect: "allow", role: "agent" });
  });

  test("deny wins over allow within one role, whatever the order", () => {
    const decision = decide(computeAccess(["agent"], defs), { tool: "everything/delete_file" });
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toBe("denied by role agent: deny everything/delete_*");
  });

  test("deny from one role wins over allow from another", () => {
    const decision = decide(computeAccess(["agent", "auditor_agent"], defs), {
      tool: "github/search_issues",
    });
    expect(decision.allowed).toBe(false);
    expect(decision.rule?.role).toBe("auditor_agent");
  });

  test("a tool of another server does not match", () => {
    expect(decide(computeAccess(["agent"], defs), { tool: "github/create_issue" }).allowed).toBe(false);
  });
});

describe("built-in roles", () => {
  const defs = definitions(...BUILT_IN_ROLES.map((r) => role(r.name, { capabilities: r.capabilities })));

  test("admin holds every capability", () => {
    const access = computeAccess(["admin"], defs);
    for (const capability of CAPABILITIES)
      expect(decide(access, { capability }).allowed, capability).toBe(true);
  });

  test("only admin may write roles, users and settings", () => {
    for (const r of BUILT_IN_ROLES.filter((b) => b.name !== "admin")) {
      const access = computeAccess([r.name], defs);
      for (const capability of ["roles:write", "users:write", "settings:write"] as const) {
        expect(decide(access, { capability }).allowed, `${r.name} ${capability}`).toBe(false);
      }
    }
  });

  test("service can connect to the gateway and do nothing else", () => {
    expect([...computeAccess(["service"], defs).capabilities.keys()]).toEqual(["mcp:connect"]);
  });

  test("built-in roles grant no tools by themselves", () => {
    for (const r of BUILT_IN_ROLES)
      expect(decide(computeAccess([r.name], defs), { tool: "everything/echo" }).allowed).toBe(false);
  });
});
