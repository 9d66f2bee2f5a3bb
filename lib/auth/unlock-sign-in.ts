import "server-only";
import { recordEvent, type AuditActor, type RequestMeta } from "@/lib/audit/record-event";
import { unlockAccount } from "@/lib/auth/sign-in-throttle";
import { getUserOrThrow } from "@/lib/users/get-user";

/**
 * Lifts every sign-in lockout and back-off on a user's account, from every address (an address
 * locked for spraying many accounts stays locked: that is not this account's to lift). Audited.
 */
export async function unlockSignIn(id: string, by: { actor: AuditActor; meta?: RequestMeta }): Promise<{ unlocked: true }> {
  const user = await getUserOrThrow(id);
  await unlockAccount(user.email);
  await recordEvent({
    category: "user", action: "unlock_sign_in", result: "success", actor: by.actor, target: id,
    subject: { email: user.email, id }, meta: by.meta,
  });
  return { unlocked: true };
}
