import "server-only";
import { db } from "@/lib/db";
import { onChange, pollChanges } from "@/lib/cache/change-feed";
import type { RoleDefinition, ToolGrantEffect } from "@/lib/rbac/access";

let cached: Promise<Map<string, RoleDefinition>> | null = null;
onChange(() => {
  cached = null;
});

/** Every role with its capabilities, tool grants and parent, keyed by name; cached until a change. */
export function loadRoleDefinitions(): Promise<Map<string, RoleDefinition>> {
  pollChanges();
  cached ??= readRoleDefinitions().catch((error) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function readRoleDefinitions(): Promise<Map<string, RoleDefinition>> {
  const roles = await db.role.findMany({
    select: {
      name: true,
      rateLimitPerMinute: true,
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
        rateLimitPerMinute: role.rateLimitPerMinute,
        capabilities: role.capabilities.map((c) => c.capability),
        toolGrants: role.toolGrants.map((g) => ({ pattern: g.pattern, effect: g.effect as ToolGrantEffect })),
      },
    ]),
  );
}
