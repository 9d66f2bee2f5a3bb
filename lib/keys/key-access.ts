import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import type { Access } from "@/lib/rbac/access";

/** What an existing key can do through its roles, for privilege containment; not_found if none. */
export async function getKeyAccessOrThrow(id: string): Promise<Access> {
  const key = await db.apiKey.findUnique({
    where: { id },
    select: { roles: { select: { role: { select: { name: true } } } } },
  });
  if (!key) throw new AppError("not_found", "No API key with this id.");
  return accessOfRoles(key.roles.map((r) => r.role.name));
}
