import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/passwords";
import { ADMIN_ROLE } from "@/lib/rbac/built-in-roles";

export type FirstAdmin = { email: string; generatedPassword: string | null };

/**
 * On an empty user table, creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, or
 * admin@localhost with a random password that the caller prints once. Returns null otherwise.
 */
export async function ensureFirstAdmin(): Promise<FirstAdmin | null> {
  if ((await db.user.count()) > 0) return null;
  const email = (env.ADMIN_EMAIL ?? "admin@localhost").toLowerCase();
  const generatedPassword = env.ADMIN_PASSWORD ? null : randomBytes(15).toString("base64url");
  const adminRole = await db.role.findUniqueOrThrow({ where: { name: ADMIN_ROLE }, select: { id: true } });
  const user = await db.user.create({
    data: {
      email,
      name: "Administrator",
      passwordHash: await hashPassword(env.ADMIN_PASSWORD ?? generatedPassword!),
      roles: { create: [{ roleId: adminRole.id }] },
    },
  });
  await recordEvent({
    category: "user",
    action: "create",
    result: "success",
    actor: { type: "system" },
    target: user.id,
    subject: { email, id: user.id },
    details: { roles: [ADMIN_ROLE], firstAdmin: true },
  });
  return { email, generatedPassword };
}
