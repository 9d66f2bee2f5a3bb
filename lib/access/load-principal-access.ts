import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { computeAccess, type Access, type RoleDefinition } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import { namedKeyLabel } from "@/lib/keys/key-label";

export type PrincipalRef = { type: "user" | "api_key"; id: string };
export type NamedAccess = { ref: PrincipalRef; label: string; roles: string[]; access: Access };

/** A user's or key's access as decide() sees it, computed from given (or current) role definitions. */
export async function loadPrincipalAccess(
  ref: PrincipalRef,
  definitions?: ReadonlyMap<string, RoleDefinition>,
): Promise<NamedAccess> {
  const defs = definitions ?? (await loadRoleDefinitions());
  const roleSelect = { select: { role: { select: { name: true } } } } as const;
  const found =
    ref.type === "user"
      ? await db.user
          .findUnique({ where: { id: ref.id }, select: { email: true, roles: roleSelect } })
          .then((u) => u && { label: u.email, roles: u.roles })
      : await db.apiKey
          .findUnique({ where: { id: ref.id }, select: { name: true, prefix: true, roles: roleSelect } })
          .then((k) => k && { label: namedKeyLabel(k), roles: k.roles });
  if (!found) throw new AppError("not_found", `No ${ref.type === "user" ? "user" : "API key"} with this id.`);
  const roles = found.roles.map((r) => r.role.name);
  return { ref, label: found.label, roles, access: computeAccess(roles, defs) };
}
