import { describe, expect, test } from "vitest";
import {
  applicablePolicies,
  comparePolicies,
  resolveStrategies,
  type RuntimePolicy,
} from "@/lib/privacy/policies/policy-precedence";

function policy(name: string, fields: Partial<RuntimePolicy> = {}): RuntimePolicy {
  return {
    id: name,
    name,
    toolPattern: "*",
    roleName: null,
    detectors: [],
    strategy: "full",
    appliesTo: "both",
    ...fields,
  };
}

const names = (list: RuntimePolicy[]) => list.map((p) => p.name);

describe("comparePolicies", () => {
  test("role-specific beats any-role, whatever the tool pattern", () => {
    const anyRoleExact = policy("a", { toolPattern: "crm/lookup" });
    const roleWildcard = policy("b", { roleName: "service" });
    expect(names([anyRoleExact, roleWildcard].sort(comparePolicies))).toEqual(["b", "a"]);
  });

  test("an exact tool beats a pattern; a longer literal prefix beats a shorter one; then the name", () => {
    const sorted = [
      policy("z-any", { toolPattern: "*" }),
      policy("server", { toolPattern: "crm/*" }),
      policy("b-exact", { toolPattern: "crm/lookup" }),
      policy("prefix", { toolPattern: "crm/look*" }),
      policy("a-exact", { toolPattern: "crm/lookup" }),
      policy("a-any", { toolPattern: "*" }),
    ].sort(comparePolicies);
    expect(names(sorted)).toEqual(["a-exact", "b-exact", "prefix", "server", "a-any", "z-any"]);
  });
});

describe("applicablePolicies", () => {
  const all = [
    policy("results only", { appliesTo: "results" }),
    policy("audit only", { appliesTo: "audit" }),
    policy("service", { roleName: "service" }),
    policy("other server", { toolPattern: "billing/*" }),
  ];

  test("keeps what matches the target, the caller's roles and the tool", () => {
    expect(names(applicablePolicies(all, ["viewer"], "crm/lookup", "results"))).toEqual(["results only"]);
    expect(names(applicablePolicies(all, ["service"], "crm/lookup", "audit"))).toEqual([
      "service",
      "audit only",
    ]);
    expect(names(applicablePolicies(all, [], "billing/charge", "results"))).toEqual([
      "other server",
      "results only",
    ]);
  });
});

describe("resolveStrategies", () => {
  test("per detector, the first policy that covers it decides; an all-detectors policy decides the rest", () => {
    const resolved = resolveStrategies([
      policy("emails pass for this role", { roleName: "support", detectors: ["email"], strategy: "none" }),
      policy("cards tokenized", { detectors: ["card", "email"], strategy: "tokenize" }),
      policy("everything else partial", { strategy: "partial" }),
      policy("never reached", { strategy: "redact" }),
    ]);
    expect(resolved?.byDetector.get("email")).toBe("none");
    expect(resolved?.byDetector.get("card")).toBe("tokenize");
    expect(resolved?.rest).toBe("partial");
  });

  test("null when nothing applies or everything that applies lets values pass", () => {
    expect(resolveStrategies([])).toBeNull();
    expect(
      resolveStrategies([policy("pass", { strategy: "none" }), policy("below", { strategy: "full" })]),
    ).toBeNull();
    expect(resolveStrategies([policy("emails pass", { detectors: ["email"], strategy: "none" })])).toBeNull();
  });

  test("a role's none for one detector does not lift masking of the others", () => {
    const resolved = resolveStrategies([
      policy("emails pass", { detectors: ["email"], strategy: "none" }),
      policy("rest hashed", { strategy: "hash" }),
    ]);
    expect(resolved).not.toBeNull();
    expect(resolved?.rest).toBe("hash");
  });
});
