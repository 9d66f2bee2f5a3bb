import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { getRoleOrThrow } from "@/lib/roles/list-roles";
import { roleAccessBeforeAndAfter } from "@/lib/roles/role-access";
import { assertContained } from "@/lib/rbac/assert-contained";
import { computeAccess } from "@/lib/rbac/access";

/**
 * Deletes a custom role within the actor's reach that no API key uses; users lose it, heirs stop
 * inheriting from it.
 */
export async function deleteRole(name: string, by: AuditBy): Promise<void> {
  const role = await getRoleOrThrow(name);
  if (role.isBuiltIn) throw new AppError("conflict", `${name} is a built-in role and cannot be deleted.`);
  // Its holders and heirs lose its denies too: as for an edit that empties it.
  const nothing = computeAccess([], new Map());
  await assertContained(by, {
    target: name,
    attempt: "delete this role",
    before: (await roleAccessBeforeAndAfter(name, {})).before,
    after: nothing,
    isRole: true,
  });
  if (role.keyCount > 0) {
    throw new AppError(
      "conflict",
      `${name} is held by ${role.keyCount} active API key(s); revoke them first.`,
    );
  }
  // Revoked keys may still name the role; their links go with it.
  await db.$transaction([
    db.apiKeyRole.deleteMany({ where: { role: { name } } }),
    db.role.delete({ where: { name } }),
  ]);
  await announceChange();
  await recordEvent({
    category: "role",
    action: "delete",
    result: "success",
    actor: by.actor,
    target: name,
    details: {
      before: {
        capabilities: role.capabilities,
        toolGrants: role.toolGrants,
        inherits: role.inherits,
        userCount: role.userCount,
      },
    },
    meta: by.meta,
  });
}
