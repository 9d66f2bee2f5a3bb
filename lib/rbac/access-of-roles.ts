import "server-only";
import { AppError } from "@/lib/errors";
import { computeAccess, type Access } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";

/**
 * What a set of roles grants, through inheritance, as a user or key holding them would have it.
 * Every name must exist: an unknown one is invalid input on `field`.
 */
export async function accessOfRoles(roleNames: readonly string[], field = "roles"): Promise<Access> {
  const definitions = await loadRoleDefinitions();
  const unknown = roleNames.filter((name) => !definitions.has(name));
  if (unknown.length) {
    throw new AppError("invalid_input", `Unknown role: ${unknown.join(", ")}.`, {
      fields: { [field]: [`Unknown role: ${unknown.join(", ")}`] },
    });
  }
  return computeAccess(roleNames, definitions);
}
