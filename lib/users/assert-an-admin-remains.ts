import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ADMIN_ROLE } from "@/lib/rbac/built-in-roles";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const enabledAdmins = { isDisabled: false, roles: { some: { role: { name: ADMIN_ROLE } } } };

export function countEnabledAdmins(client: Pick<Tx, "user">): Promise<number> {
  return client.user.count({ where: enabledAdmins });
}

/**
 * Call inside the transaction that changes roles or disables users, after the change, with the
 * count from before it: refuses a change that takes the last enabled admin away.
 */
export async function assertAnAdminRemains(tx: Tx, adminsBefore: number): Promise<void> {
  const admins = await countEnabledAdmins(tx);
  if (admins === 0 && adminsBefore > 0) {
    throw new AppError(
      "conflict",
      "This would leave Gatehouse without an enabled admin. Make another user admin first.",
    );
  }
}
