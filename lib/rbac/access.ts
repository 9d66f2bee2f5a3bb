// Pure computation of what a set of roles grants, following inheritance. No database here:
// callers load role definitions (lib/rbac/load-role-definitions.ts) and pass them in.
import { roleReachesEveryTool } from "@/lib/rbac/built-in-roles";
import { isCapability, type Capability } from "@/lib/rbac/capabilities";

export type ToolGrantEffect = "allow" | "deny";

export type RoleDefinition = {
  name: string;
  capabilities: readonly string[];
  toolGrants: readonly { pattern: string; effect: ToolGrantEffect }[];
  inherits: string | null;
  rateLimitPerMinute?: number | null;
};

export type EffectiveToolGrant = { pattern: string; effect: ToolGrantEffect; role: string };

export type Access = {
  /** Roles assigned directly to the principal. */
  roles: string[];
  /** Those roles and every role they inherit from: what role-scoped policies (masking) match. */
  effectiveRoles: string[];
  /** Each capability held, with the role that grants it (first found). */
  capabilities: Map<Capability, string>;
  toolGrants: EffectiveToolGrant[];
  /** The most generous gateway rate limit among the roles, or null for the default. */
  rateLimitPerMinute: number | null;
  /**
   * Holds a role (admin, directly or by inheritance) whose reach covers every tool when granting
   * access to others (lib/rbac/contain-access.ts). Not a grant: decide() ignores it.
   */
  reachesEveryTool: boolean;
};

/** The chain of a role and the roles it inherits from, stopping at cycles and unknown names. */
export function roleChain(name: string, definitions: ReadonlyMap<string, RoleDefinition>): RoleDefinition[] {
  const chain: RoleDefinition[] = [];
  const seen = new Set<string>();
  let current = definitions.get(name);
  while (current && !seen.has(current.name)) {
    seen.add(current.name);
    chain.push(current);
    current = current.inherits ? definitions.get(current.inherits) : undefined;
  }
  return chain;
}

export function computeAccess(
  roleNames: readonly string[],
  definitions: ReadonlyMap<string, RoleDefinition>,
): Access {
  const capabilities = new Map<Capability, string>();
  const toolGrants: EffectiveToolGrant[] = [];
  const visited = new Set<string>();
  let rateLimitPerMinute: number | null = null;
  let reachesEveryTool = false;
  for (const roleName of roleNames) {
    for (const role of roleChain(roleName, definitions)) {
      if (visited.has(role.name)) continue;
      visited.add(role.name);
      if (roleReachesEveryTool(role.name)) reachesEveryTool = true;
      for (const capability of role.capabilities) {
        if (isCapability(capability) && !capabilities.has(capability))
          capabilities.set(capability, role.name);
      }
      for (const grant of role.toolGrants) toolGrants.push({ ...grant, role: role.name });
      if (role.rateLimitPerMinute)
        rateLimitPerMinute = Math.max(rateLimitPerMinute ?? 0, role.rateLimitPerMinute);
    }
  }
  return {
    roles: [...roleNames],
    effectiveRoles: [...visited],
    capabilities,
    toolGrants,
    rateLimitPerMinute,
    reachesEveryTool,
  };
}
