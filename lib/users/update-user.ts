import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";
import { assertAnAdminRemains, countEnabledAdmins } from "@/lib/users/assert-an-admin-remains";
import { getUserOrThrow } from "@/lib/users/get-user";
import { updateUserSchema, type UpdateUserInput } from "@/lib/users/schemas";
import { toUserView, userViewSelect } from "@/lib/users/user-view";
import type { UserView } from "@/lib/users/user-view-type";

/**
 * Changes a user's name, roles or disabled state in one transaction. Disabling bumps the
 * session version, so the user's sessions stop working on their next request, and announces the
 * change, so that the keys the user owns stop too (lib/auth/authenticate-api-key.ts).
 */
export async function updateUser(id: string, input: UpdateUserInput, by: AuditBy): Promise<UserView> {
  const data = updateUserSchema.parse(input);
  const before = await getUserOrThrow(id);
  // Renaming, disabling or re-enabling a user, or changing their roles, needs the user within
  // the actor's reach both as they are and as they will be.
  await assertContained(by, {
    target: id,
    attempt: "change this user",
    before: await accessOfRoles(before.roles),
    ...(data.roles ? { after: await accessOfRoles(data.roles) } : {}),
  });

  const after = await db.$transaction(async (tx) => {
    const adminsBefore = await countEnabledAdmins(tx);
    if (data.roles) {
      const roles = await tx.role.findMany({ where: { name: { in: data.roles } }, select: { id: true } });
      await tx.userRole.deleteMany({ where: { userId: id } });
      await tx.userRole.createMany({ data: roles.map((r) => ({ userId: id, roleId: r.id })) });
    }
    const disabling = data.isDisabled === true && !before.isDisabled;
    const updated = await tx.user.update({
      where: { id },
      data: {
        ...(data.name !== undefined ? { name: data.name || null } : {}),
        ...(data.isDisabled !== undefined ? { isDisabled: data.isDisabled } : {}),
        ...(disabling ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: userViewSelect,
    });
    await assertAnAdminRemains(tx, adminsBefore);
    return toUserView(updated);
  });

  const changes = {
    ...(data.name !== undefined && before.name !== after.name ? { name: "changed" } : {}),
    ...(data.roles && before.roles.join() !== after.roles.join()
      ? { roles: { before: before.roles, after: after.roles } }
      : {}),
    ...(before.isDisabled !== after.isDisabled
      ? { isDisabled: { before: before.isDisabled, after: after.isDisabled } }
      : {}),
  };
  if (Object.keys(changes).length) {
    const action = changes.isDisabled
      ? after.isDisabled
        ? "disable"
        : "enable"
      : changes.roles
        ? "change_roles"
        : "update";
    await announceChange();
    // The name is personal: it goes with the subject (encrypted), the change itself stays searchable.
    const nameChange = changes.name ? { name: { before: before.name, after: after.name } } : undefined;
    await recordEvent({
      category: "user",
      action,
      result: "success",
      actor: by.actor,
      target: id,
      subject: { email: after.email, id, details: nameChange },
      details: { changes },
      meta: by.meta,
    });
  }
  return after;
}
