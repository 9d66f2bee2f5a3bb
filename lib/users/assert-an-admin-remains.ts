import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ADMIN_ROLE } from "@/lib/rbac/built-in-roles";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Call inside the transaction that changes roles or disables users, after the change. */
export async function assertAnAdminRemains(tx: Tx): Promise<void> {
  const admins = await tx.user.count({ where: { isDisabled: false, roles: { some: { role: { name: ADMIN_ROLE } } } } });
  if (admins === 0) {
    throw new AppError("conflict", "This would leave Gatehouse without an enabled admin. Make another user admin first.");
  }
}
