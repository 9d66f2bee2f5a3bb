// Which masking policy decides for a call: role-specific beats any-role, an exact tool beats a
// pattern, a more specific pattern (longer literal prefix) beats a looser one, then by name so
// the outcome never depends on load order. Precedence is per detector: a role's policy for emails
// does not lift an any-role policy for card numbers.
import { matchesToolPattern } from "@/lib/rbac/tool-pattern";
import type { PolicyStrategy } from "@/lib/privacy/policies/schemas";

export type MaskTarget = "results" | "audit";

export type RuntimePolicy = {
  id: string;
  name: string;
  toolPattern: string;
  roleName: string | null;
  /** empty: every detector */
  detectors: readonly string[];
  strategy: PolicyStrategy;
  appliesTo: MaskTarget | "both";
};

/** What applies to one (roles, tool, target): a strategy per detector id, and one for the rest. */
export type ResolvedStrategies = { byDetector: Map<string, PolicyStrategy>; rest: PolicyStrategy | null };

function literalPrefixLength(pattern: string): number {
  const star = pattern.indexOf("*");
  return star === -1 ? pattern.length : star;
}

/** Negative when `a` takes precedence over `b`. */
export function comparePolicies(a: RuntimePolicy, b: RuntimePolicy): number {
  const role = Number(b.roleName !== null) - Number(a.roleName !== null);
  if (role !== 0) return role;
  const exact = Number(!b.toolPattern.includes("*")) - Number(!a.toolPattern.includes("*"));
  if (exact !== 0) return exact;
  const prefix = literalPrefixLength(b.toolPattern) - literalPrefixLength(a.toolPattern);
  if (prefix !== 0) return prefix;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The enabled policies that apply, most specific first. */
export function applicablePolicies(
  policies: readonly RuntimePolicy[],
  roles: readonly string[],
  toolPath: string,
  target: MaskTarget,
): RuntimePolicy[] {
  return policies
    .filter(
      (p) =>
        (p.appliesTo === "both" || p.appliesTo === target) &&
        (p.roleName === null || roles.includes(p.roleName)) &&
        matchesToolPattern(p.toolPattern, toolPath),
    )
    .sort(comparePolicies);
}

/**
 * Each detector's strategy from the first policy (in precedence order) that covers it. Null when
 * nothing applies or everything that applies lets values pass ("none"): detection can be skipped.
 */
export function resolveStrategies(ordered: readonly RuntimePolicy[]): ResolvedStrategies | null {
  const byDetector = new Map<string, PolicyStrategy>();
  let rest: PolicyStrategy | null = null;
  for (const policy of ordered) {
    if (policy.detectors.length === 0) {
      rest = policy.strategy;
      break;
    }
    for (const id of policy.detectors) if (!byDetector.has(id)) byDetector.set(id, policy.strategy);
  }
  const masksSomething =
    (rest !== null && rest !== "none") || [...byDetector.values()].some((s) => s !== "none");
  return masksSomething ? { byDetector, rest } : null;
}
