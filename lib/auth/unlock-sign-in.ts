import "server-only";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { unlockAccount } from "@/lib/auth/sign-in-throttle";
import { getUserOrThrow } from "@/lib/users/get-user";
import { accessOfRoles } from "@/lib/rbac/access-of-roles";
import { assertContained } from "@/lib/rbac/assert-contained";

/**
 * Lifts every sign-in lockout and back-off on a user's account, from every address (an address
 * locked for spraying many accounts stays locked: that is not this account's to lift). Audited.
 * Only for a user within the actor's reach: lifting a lockout helps whoever is guessing.
 */
export async function unlockSignIn(id: string, by: AuditBy): Promise<{ unlocked: true }> {
  const user = await getUserOrThrow(id);
  await assertContained(by, {
    target: id,
    attempt: "unlock this user's sign-in",
    before: await accessOfRoles(user.roles),
  });
  await unlockAccount(user.email);
  await recordEvent({
    category: "user",
    action: "unlock_sign_in",
    result: "success",
    actor: by.actor,
    target: id,
    subject: { email: user.email, id },
    meta: by.meta,
  });
  return { unlocked: true };
}
