import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { assertContained } from "@/lib/rbac/assert-contained";
import { isBuiltInRoleName } from "@/lib/rbac/built-in-roles";
import { getRoleOrThrow } from "@/lib/roles/list-roles";
import type { RoleView } from "@/lib/roles/role-view-type";
import { roleAccessBeforeAndAfter } from "@/lib/roles/role-access";
import { replaceRoleParts, resolveParentId } from "@/lib/roles/save-role-parts";
import { createRoleSchema, type CreateRoleInput } from "@/lib/roles/schemas";

export async function createRole(input: CreateRoleInput, by: AuditBy): Promise<RoleView> {
  const data = createRoleSchema.parse(input);
  if (
    isBuiltInRoleName(data.name) ||
    (await db.role.findUnique({ where: { name: data.name }, select: { id: true } }))
  ) {
    throw new AppError("conflict", `A role named ${data.name} already exists.`, {
      fields: { name: ["Already in use"] },
    });
  }
  const { after } = await roleAccessBeforeAndAfter(data.name, data);
  await assertContained(by, { target: data.name, attempt: "create this role", after });

  await db.$transaction(async (tx) => {
    const inheritsId = await resolveParentId(tx, data.name, data.inherits);
    const role = await tx.role.create({
      data: {
        name: data.name,
        description: data.description,
        inheritsId,
        rateLimitPerMinute: data.rateLimitPerMinute,
      },
    });
    await replaceRoleParts(tx, role.id, data);
  });
  await announceChange();
  const role = await getRoleOrThrow(data.name);
  await recordEvent({
    category: "role",
    action: "create",
    result: "success",
    actor: by.actor,
    target: role.name,
    details: {
      after: { inherits: role.inherits, capabilities: role.capabilities, toolGrants: role.toolGrants },
    },
    meta: by.meta,
  });
  return role;
}
