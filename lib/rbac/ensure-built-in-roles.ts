import "server-only";
import { db } from "@/lib/db";
import { BUILT_IN_ROLES } from "@/lib/rbac/built-in-roles";

/** Creates the built-in roles and keeps their capabilities equal to the list in code. */
export async function ensureBuiltInRoles(): Promise<void> {
  for (const role of BUILT_IN_ROLES) {
    await db.$transaction(async (tx) => {
      const saved = await tx.role.upsert({
        where: { name: role.name },
        create: { name: role.name, description: role.description, isBuiltIn: true },
        update: { description: role.description, isBuiltIn: true },
      });
      await tx.roleCapability.deleteMany({
        where: { roleId: saved.id, capability: { notIn: [...role.capabilities] } },
      });
      const existing = await tx.roleCapability.findMany({
        where: { roleId: saved.id },
        select: { capability: true },
      });
      const have = new Set(existing.map((c) => c.capability));
      const missing = role.capabilities.filter((c) => !have.has(c));
      if (missing.length) {
        await tx.roleCapability.createMany({
          data: missing.map((capability) => ({ roleId: saved.id, capability })),
        });
      }
    });
  }
}
