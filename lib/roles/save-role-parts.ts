import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Replaces a role's capabilities and tool grants inside the caller's transaction. */
export async function replaceRoleParts(
  tx: Tx,
  roleId: string,
  parts: { capabilities?: readonly string[]; toolGrants?: readonly { pattern: string; effect: string }[] },
): Promise<void> {
  if (parts.capabilities) {
    await tx.roleCapability.deleteMany({ where: { roleId } });
    const unique = [...new Set(parts.capabilities)];
    if (unique.length)
      await tx.roleCapability.createMany({ data: unique.map((capability) => ({ roleId, capability })) });
  }
  if (parts.toolGrants) {
    await tx.toolGrant.deleteMany({ where: { roleId } });
    const unique = [...new Map(parts.toolGrants.map((g) => [`${g.effect} ${g.pattern}`, g])).values()];
    if (unique.length)
      await tx.toolGrant.createMany({
        data: unique.map((g) => ({ roleId, pattern: g.pattern, effect: g.effect })),
      });
  }
}

/** The parent must exist and must not lead back to the role itself. */
export async function resolveParentId(
  tx: Tx,
  roleName: string,
  parentName: string | null,
): Promise<string | null> {
  if (!parentName) return null;
  let current = await tx.role.findUnique({
    where: { name: parentName },
    select: { id: true, name: true, inheritsId: true },
  });
  if (!current)
    throw new AppError("invalid_input", `Unknown role: ${parentName}.`, {
      fields: { inherits: [`Unknown role: ${parentName}`] },
    });
  const parentId = current.id;
  const seen = new Set<string>();
  while (current) {
    if (current.name === roleName) {
      throw new AppError(
        "invalid_input",
        "A role cannot inherit from itself, directly or through other roles.",
        { fields: { inherits: ["Creates a cycle"] } },
      );
    }
    if (seen.has(current.id) || !current.inheritsId) break;
    seen.add(current.id);
    current = await tx.role.findUnique({
      where: { id: current.inheritsId },
      select: { id: true, name: true, inheritsId: true },
    });
  }
  return parentId;
}
