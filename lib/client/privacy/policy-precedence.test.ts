import { describe, expect, it } from "vitest";
import { comparePolicyPrecedence, isExactToolPattern } from "@/lib/client/privacy/policy-precedence";

const policy = (name: string, roleName: string | null, toolPattern: string) => ({
  name,
  roleName,
  toolPattern,
});

describe("comparePolicyPrecedence", () => {
  it("puts role-specific policies first, then exact tools before patterns, then names", () => {
    const policies = [
      policy("everyone, everything", null, "*"),
      policy("everyone, crm lookup", null, "crm/lookup"),
      policy("service, crm", "service", "crm/*"),
      policy("service, crm lookup", "service", "crm/lookup"),
      policy("analyst, crm", "analyst", "crm/*"),
    ];
    expect(policies.sort(comparePolicyPrecedence).map((p) => p.name)).toEqual([
      "service, crm lookup",
      "analyst, crm",
      "service, crm",
      "everyone, crm lookup",
      "everyone, everything",
    ]);
  });
});

describe("isExactToolPattern", () => {
  it("tells one tool from a pattern", () => {
    expect(isExactToolPattern("crm/lookup")).toBe(true);
    expect(isExactToolPattern("crm/*")).toBe(false);
    expect(isExactToolPattern("*")).toBe(false);
  });
});
