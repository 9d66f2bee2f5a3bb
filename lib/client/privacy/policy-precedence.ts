// The order in which masking policies compete for a call, as the gateway decides it (API.md):
// a policy for the caller's role beats one for every caller, then an exact tool beats a pattern.
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";

type Ranked = Pick<MaskingPolicyView, "name" | "roleName" | "toolPattern">;

/** Whether the pattern names one tool rather than several. */
export function isExactToolPattern(pattern: string): boolean {
  return !pattern.includes("*");
}

/** Most specific first; equal ranks by name, so the order is stable. */
export function comparePolicyPrecedence(a: Ranked, b: Ranked): number {
  const role = Number(a.roleName === null) - Number(b.roleName === null);
  if (role !== 0) return role;
  const tool = Number(!isExactToolPattern(a.toolPattern)) - Number(!isExactToolPattern(b.toolPattern));
  return tool !== 0 ? tool : a.name.localeCompare(b.name);
}
