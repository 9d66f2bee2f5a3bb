import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { hashPassword } from "@/lib/auth/passwords";
import { getUserOrThrow } from "@/lib/users/get-user";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";

/**
 * Sets a new password (or a random temporary one, returned once) and ends the user's sessions.
 * Only for a user within the actor's reach: whoever sets a password can sign in as that user.
 */
export async function resetPassword(
  id: string,
  password: string | undefined,
  by: AuditBy,
): Promise<{ temporaryPassword: string | null }> {
  const user = await getUserOrThrow(id);
  await assertContained(by, {
    target: id,
    attempt: "reset this user's password",
    before: await accessOfRoles(user.roles),
  });
  const temporaryPassword = password ? null : randomBytes(12).toString("base64url");
  await db.user.update({
    where: { id },
    data: {
      passwordHash: await hashPassword(password ?? temporaryPassword!),
      sessionVersion: { increment: 1 },
    },
  });
  await recordEvent({
    category: "user",
    action: "reset_password",
    result: "success",
    actor: by.actor,
    target: id,
    subject: { email: user.email, id },
    details: { generated: temporaryPassword !== null },
    meta: by.meta,
  });
  return { temporaryPassword };
}
