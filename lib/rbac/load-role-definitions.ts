import "server-only";
import { db } from "@/lib/db";
import type { RoleDefinition, ToolGrantEffect } from "@/lib/rbac/access";

/** Every role with its capabilities, tool grants and parent, keyed by name. */
export async function loadRoleDefinitions(): Promise<Map<string, RoleDefinition>> {
  const roles = await db.role.findMany({
    select: {
      name: true,
      inherits: { select: { name: true } },
      capabilities: { select: { capability: true } },
      toolGrants: { select: { pattern: true, effect: true } },
    },
  });
  return new Map(
    roles.map((role) => [
      role.name,
      {
        name: role.name,
        inherits: role.inherits?.name ?? null,
        capabilities: role.capabilities.map((c) => c.capability),
        toolGrants: role.toolGrants.map((g) => ({ pattern: g.pattern, effect: g.effect as ToolGrantEffect })),
      },
    ]),
  );
}
