import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decide } from "@/lib/rbac/decide";
import { roleChain, type RoleDefinition } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import { loadPrincipalAccess, type PrincipalRef } from "@/lib/access/load-principal-access";
import { toolPath } from "@/lib/gateway/exposed-names";
import type { previewRoleChangeSchema } from "@/lib/access/schemas";

export type AccessChange = {
  principal: PrincipalRef & { label: string };
  gainedCapabilities: string[];
  lostCapabilities: string[];
  gainedTools: string[];
  lostTools: string[];
};

/**
 * What a role change would do before it is saved: for every user and key that holds the role
 * (directly or through inheritance), the capabilities and registered tools gained and lost.
 */
export async function previewRoleChange(
  roleName: string,
  change: z.output<typeof previewRoleChangeSchema>,
): Promise<{ changes: AccessChange[]; affected: number }> {
  const current = await loadRoleDefinitions();
  const role = current.get(roleName);
  if (!role) throw new AppError("not_found", `No role named ${roleName}.`);
  const proposedRole: RoleDefinition = {
    ...role,
    ...(change.capabilities ? { capabilities: change.capabilities } : {}),
    ...(change.toolGrants ? { toolGrants: change.toolGrants } : {}),
    ...(change.inherits !== undefined ? { inherits: change.inherits } : {}),
  };
  const proposed = new Map(current).set(roleName, proposedRole);

  // Roles whose chain includes this one, before or after the change.
  const affectedRoles = [
    ...new Set(
      [...current.keys()].filter((name) =>
        [current, proposed].some((defs) => roleChain(name, defs).some((r) => r.name === roleName)),
      ),
    ),
  ];
  const holders = { some: { role: { name: { in: affectedRoles } } } };
  const [users, keys, tools] = await Promise.all([
    db.user.findMany({ where: { roles: holders }, select: { id: true } }),
    db.apiKey.findMany({ where: { roles: holders, revokedAt: null }, select: { id: true } }),
    db.tool.findMany({
      where: { status: { not: "removed" } },
      select: { name: true, server: { select: { slug: true } } },
    }),
  ]);
  const toolPaths = tools.map((t) => toolPath(t.server.slug, t.name));
  const refs: PrincipalRef[] = [
    ...users.map((u) => ({ type: "user" as const, id: u.id })),
    ...keys.map((k) => ({ type: "api_key" as const, id: k.id })),
  ];

  const changes: AccessChange[] = [];
  for (const ref of refs) {
    const [before, after] = await Promise.all([
      loadPrincipalAccess(ref, current),
      loadPrincipalAccess(ref, proposed),
    ]);
    const capsBefore = new Set(before.access.capabilities.keys());
    const capsAfter = new Set(after.access.capabilities.keys());
    const allowed = (a: typeof before) =>
      new Set(toolPaths.filter((p) => decide(a.access, { tool: p }).allowed));
    const toolsBefore = allowed(before);
    const toolsAfter = allowed(after);
    const entry: AccessChange = {
      principal: { ...ref, label: before.label },
      gainedCapabilities: [...capsAfter].filter((c) => !capsBefore.has(c)).sort(),
      lostCapabilities: [...capsBefore].filter((c) => !capsAfter.has(c)).sort(),
      gainedTools: [...toolsAfter].filter((t) => !toolsBefore.has(t)).sort(),
      lostTools: [...toolsBefore].filter((t) => !toolsAfter.has(t)).sort(),
    };
    if (
      entry.gainedCapabilities.length +
        entry.lostCapabilities.length +
        entry.gainedTools.length +
        entry.lostTools.length >
      0
    )
      changes.push(entry);
  }
  return { changes, affected: refs.length };
}
