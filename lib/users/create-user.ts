import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { hashPassword } from "@/lib/auth/passwords";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";
import { createUserSchema, type CreateUserInput } from "@/lib/users/schemas";
import { toUserView, userViewSelect } from "@/lib/users/user-view";
import type { UserView } from "@/lib/users/user-view-type";

export async function createUser(input: CreateUserInput, by: AuditBy): Promise<UserView> {
  const data = createUserSchema.parse(input);
  await assertContained(by, {
    target: "new user",
    attempt: "create a user with these roles",
    after: await accessOfRoles(data.roles),
  });
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError("conflict", `A user with the email ${data.email} already exists.`, {
      fields: { email: ["Already in use"] },
    });
  }
  const roles = await db.role.findMany({ where: { name: { in: data.roles } }, select: { id: true } });
  const user = await db.user.create({
    data: {
      email: data.email,
      name: data.name || null,
      passwordHash: await hashPassword(data.password),
      roles: { create: roles.map((r) => ({ roleId: r.id })) },
    },
    select: userViewSelect,
  });
  await recordEvent({
    category: "user",
    action: "create",
    result: "success",
    actor: by.actor,
    target: user.id,
    subject: { email: user.email, id: user.id },
    details: { roles: data.roles },
    meta: by.meta,
  });
  return toUserView(user);
}
