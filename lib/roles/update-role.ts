import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { assertContained } from "@/lib/rbac/assert-contained";
import { getRoleOrThrow } from "@/lib/roles/list-roles";
import type { RoleView } from "@/lib/roles/role-view-type";
import { roleAccessBeforeAndAfter } from "@/lib/roles/role-access";
import { replaceRoleParts, resolveParentId } from "@/lib/roles/save-role-parts";
import { updateRoleSchema, type UpdateRoleInput } from "@/lib/roles/schemas";

/**
 * Updates a role in one transaction and audits before and after. Built-in roles keep the
 * capabilities and parent defined in code; their tool grants, description and limit can change.
 * Only a role within the actor's reach, as it is and as it would be (privilege containment).
 */
export async function updateRole(name: string, input: UpdateRoleInput, by: AuditBy): Promise<RoleView> {
  const data = updateRoleSchema.parse(input);
  const before = await getRoleOrThrow(name);
  if (before.isBuiltIn && (data.capabilities !== undefined || data.inherits !== undefined)) {
    throw new AppError(
      "conflict",
      `The capabilities and inheritance of the built-in role ${name} are fixed; create a custom role instead.`,
    );
  }
  // Any edit, a description or a rate limit included, needs the role within the actor's reach.
  const reach = await roleAccessBeforeAndAfter(name, data);
  await assertContained(by, {
    target: name,
    attempt: "change this role",
    before: reach.before,
    after: reach.after,
    isRole: true,
  });

  await db.$transaction(async (tx) => {
    const inheritsId =
      data.inherits !== undefined ? await resolveParentId(tx, name, data.inherits) : undefined;
    await tx.role.update({
      where: { name },
      data: {
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(inheritsId !== undefined ? { inheritsId } : {}),
        ...(data.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: data.rateLimitPerMinute } : {}),
      },
    });
    await replaceRoleParts(tx, before.id, data);
  });
  await announceChange();
  const after = await getRoleOrThrow(name);
  const snapshot = (r: RoleView) => ({
    description: r.description,
    inherits: r.inherits,
    capabilities: r.capabilities,
    toolGrants: r.toolGrants,
    rateLimitPerMinute: r.rateLimitPerMinute,
  });
  await recordEvent({
    category: "role",
    action: "update",
    result: "success",
    actor: by.actor,
    target: name,
    details: { before: snapshot(before), after: snapshot(after) },
    meta: by.meta,
  });
  return after;
}
