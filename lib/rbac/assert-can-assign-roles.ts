import "server-only";
import { AppError } from "@/lib/errors";
import { computeAccess } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import type { Principal } from "@/lib/auth/principal";

/**
 * Every role name must exist, and the principal may only hand out capabilities it holds itself,
 * so that keys:write or users:write cannot be used to mint an admin.
 */
export async function assertCanAssignRoles(principal: Principal | null, roleNames: readonly string[], field = "roles"): Promise<void> {
  const definitions = await loadRoleDefinitions();
  const unknown = roleNames.filter((name) => !definitions.has(name));
  if (unknown.length) {
    throw new AppError("invalid_input", `Unknown role: ${unknown.join(", ")}.`, { fields: { [field]: [`Unknown role: ${unknown.join(", ")}`] } });
  }
  if (!principal) return; // the CLI, run by whoever holds the machine
  const granted = computeAccess(roleNames, definitions).capabilities;
  const missing = [...granted.keys()].filter((capability) => !principal.access.capabilities.has(capability));
  if (missing.length) {
    throw new AppError("forbidden", `You cannot assign these roles: they grant capabilities you do not hold (${missing.join(", ")}).`, { missing });
  }
}
