import "server-only";
import { db } from "@/lib/db";
import { recordEvent, type RequestMeta } from "@/lib/audit/record-event";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/passwords";
import { clearAccountFailures, findLockout, recordSignInFailure } from "@/lib/auth/sign-in-throttle";

export type SignedInUser = { id: string; email: string; name: string | null; sessionVersion: number };

export type SignInFailure = "invalid_credentials" | "locked_out" | "disabled";

export type SignInOutcome = { ok: true; user: SignedInUser } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks an email and password with per-account and per-IP throttling. Every attempt, and
 * every lockout it starts, is an audit event; the password itself never is.
 */
export async function signInWithPassword(emailInput: string, password: string, meta: RequestMeta): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const audit = (result: "success" | "failure" | "denied", details: Record<string, unknown>, actorId?: string) =>
    recordEvent({
      category: "auth",
      action: "sign_in",
      result,
      actor: actorId ? { type: "user", id: actorId, label: email } : { type: "anonymous", label: email },
      details: { method: "password", ...details },
      meta,
    });

  const lockout = await findLockout(email, meta.ip ?? null);
  if (lockout) {
    await audit("denied", { reason: "locked_out", scope: lockout.scope, retryAfterSeconds: lockout.retryAfterSeconds });
    return { ok: false, reason: "locked_out", retryAfterSeconds: lockout.retryAfterSeconds };
  }

  const user = await db.user.findUnique({ where: { email } });
  const isValid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);

  if (!user || !isValid) {
    const started = await recordSignInFailure(email, meta.ip ?? null);
    await audit("failure", { reason: user ? "wrong_password" : "unknown_account" }, user?.id);
    for (const lock of started) {
      await recordEvent({
        category: "auth",
        action: "lockout",
        result: "success",
        actor: { type: "system" },
        target: lock.scope === "account" ? null : (meta.ip ?? null),
        ...(lock.scope === "account" ? { subject: { email, id: user?.id ?? null } } : {}),
        details: { scope: lock.scope, durationSeconds: lock.retryAfterSeconds },
        meta,
      });
    }
    return { ok: false, reason: "invalid_credentials" };
  }
  if (user.isDisabled) {
    await audit("denied", { reason: "disabled" }, user.id);
    return { ok: false, reason: "disabled" };
  }

  await clearAccountFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await audit("success", {}, user.id);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
