import "server-only";
import { AppError } from "@/lib/errors";
import { computeAccess, type Access, type RoleDefinition } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";

export type RoleChange = Partial<Pick<RoleDefinition, "capabilities" | "toolGrants" | "inherits">>;

/**
 * What a role grants (through inheritance) as it is, and as it would with `change` applied, for
 * privilege containment. `before` is undefined for a role that does not exist yet. The parent
 * must exist (cycles are caught when saving, lib/roles/save-role-parts.ts).
 */
export async function roleAccessBeforeAndAfter(
  name: string,
  change: RoleChange,
): Promise<{ before?: Access; after: Access }> {
  const definitions = await loadRoleDefinitions();
  if (change.inherits && !definitions.has(change.inherits)) {
    throw new AppError("invalid_input", `Unknown role: ${change.inherits}.`, {
      fields: { inherits: [`Unknown role: ${change.inherits}`] },
    });
  }
  const current = definitions.get(name);
  const proposed: RoleDefinition = {
    name,
    capabilities: [],
    toolGrants: [],
    inherits: null,
    ...current,
    ...definedParts(change),
  };
  return {
    before: current ? computeAccess([name], definitions) : undefined,
    after: computeAccess([name], new Map(definitions).set(name, proposed)),
  };
}

/** Only what containment looks at, and only the parts the change sets. */
function definedParts(change: RoleChange): RoleChange {
  return {
    ...(change.capabilities !== undefined ? { capabilities: change.capabilities } : {}),
    ...(change.toolGrants !== undefined ? { toolGrants: change.toolGrants } : {}),
    ...(change.inherits !== undefined ? { inherits: change.inherits } : {}),
  };
}
