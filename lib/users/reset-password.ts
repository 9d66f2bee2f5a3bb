import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordEvent, type AuditActor, type RequestMeta } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/passwords";
import { getUserOrThrow } from "@/lib/users/get-user";

/**
 * Sets a new password (or a random temporary one, returned once) and ends the user's sessions.
 */
export async function resetPassword(id: string, password: string | undefined, by: { actor: AuditActor; meta?: RequestMeta }): Promise<{ temporaryPassword: string | null }> {
  const user = await getUserOrThrow(id);
  const temporaryPassword = password ? null : randomBytes(12).toString("base64url");
  await db.user.update({
    where: { id },
    data: { passwordHash: await hashPassword(password ?? temporaryPassword!), sessionVersion: { increment: 1 } },
  });
  await recordEvent({
    category: "user", action: "reset_password", result: "success", actor: by.actor, target: id,
    subject: { email: user.email, id }, details: { generated: temporaryPassword !== null }, meta: by.meta,
  });
  return { temporaryPassword };
}
