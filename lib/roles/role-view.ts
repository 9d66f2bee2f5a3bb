import "server-only";
import { computeAccess, type RoleDefinition } from "@/lib/rbac/access";
import type { RoleView } from "@/lib/roles/role-view-type";

export const roleViewSelect = {
  id: true,
  name: true,
  description: true,
  isBuiltIn: true,
  rateLimitPerMinute: true,
  inherits: { select: { name: true } },
  capabilities: { select: { capability: true } },
  toolGrants: { select: { pattern: true, effect: true }, orderBy: { pattern: "asc" } },
  // Revoked keys keep their roles for the record but no longer hold anything.
  _count: { select: { users: true, apiKeys: { where: { apiKey: { revokedAt: null } } } } },
} as const;

type RoleRow = {
  id: string;
  name: string;
  description: string;
  isBuiltIn: boolean;
  rateLimitPerMinute: number | null;
  inherits: { name: string } | null;
  capabilities: { capability: string }[];
  toolGrants: { pattern: string; effect: string }[];
  _count: { users: number; apiKeys: number };
};

export function toRoleView(role: RoleRow, definitions: ReadonlyMap<string, RoleDefinition>): RoleView {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    isBuiltIn: role.isBuiltIn,
    inherits: role.inherits?.name ?? null,
    capabilities: role.capabilities.map((c) => c.capability).sort(),
    effectiveCapabilities: [...computeAccess([role.name], definitions).capabilities.keys()].sort(),
    toolGrants: role.toolGrants.map((g) => ({
      pattern: g.pattern,
      effect: g.effect === "deny" ? "deny" : "allow",
    })),
    rateLimitPerMinute: role.rateLimitPerMinute,
    userCount: role._count.users,
    keyCount: role._count.apiKeys,
  };
}
