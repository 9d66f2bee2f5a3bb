import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import { roleViewSelect, toRoleView } from "@/lib/roles/role-view";
import type { RoleView } from "@/lib/roles/role-view-type";

export async function listRoles(): Promise<RoleView[]> {
  const [roles, definitions] = await Promise.all([
    db.role.findMany({ orderBy: [{ isBuiltIn: "desc" }, { name: "asc" }], select: roleViewSelect }),
    loadRoleDefinitions(),
  ]);
  return roles.map((role) => toRoleView(role, definitions));
}

export async function getRoleOrThrow(name: string): Promise<RoleView> {
  const role = await db.role.findUnique({ where: { name }, select: roleViewSelect });
  if (!role) throw new AppError("not_found", `No role named ${name}.`);
  return toRoleView(role, await loadRoleDefinitions());
}
