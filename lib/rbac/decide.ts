// The one authorization decision. Every check, console or gateway, goes through decide() and
// gets back the rule that decided, so the console can explain a denial.
import type { Access, EffectiveToolGrant } from "@/lib/rbac/access";
import type { Capability } from "@/lib/rbac/capabilities";
import { matchesToolPattern } from "@/lib/rbac/tool-pattern";

export type Action = { capability: Capability } | { tool: string };

export type Decision = {
  allowed: boolean;
  reason: string;
  /** The grant that decided a tool check, when one did. */
  rule?: EffectiveToolGrant;
};

export function decide(access: Access, action: Action): Decision {
  if ("capability" in action) {
    const role = access.capabilities.get(action.capability);
    return role
      ? { allowed: true, reason: `role ${role} grants ${action.capability}` }
      : { allowed: false, reason: `no role of this principal grants ${action.capability}` };
  }
  // Deny wins over allow; with no matching allow, the answer is no.
  const matching = access.toolGrants.filter((grant) => matchesToolPattern(grant.pattern, action.tool));
  const deny = matching.find((grant) => grant.effect === "deny");
  if (deny)
    return { allowed: false, reason: `denied by role ${deny.role}: deny ${deny.pattern}`, rule: deny };
  const allow = matching.find((grant) => grant.effect === "allow");
  if (allow)
    return { allowed: true, reason: `allowed by role ${allow.role}: allow ${allow.pattern}`, rule: allow };
  return { allowed: false, reason: `no grant of this principal's roles matches ${action.tool}` };
}
