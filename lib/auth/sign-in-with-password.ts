import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditEventInput, RequestMeta } from "@/lib/audit/audit-event-types";
import { recordAuthFailure } from "@/lib/audit/record-auth-failure";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/passwords";
import {
  clearSignInFailures,
  findLockout,
  recordSignInFailure,
  type Lockout,
} from "@/lib/auth/sign-in-throttle";

export type SignedInUser = { id: string; email: string; name: string | null; sessionVersion: number };

export type SignInFailure = "invalid_credentials" | "locked_out";

export type SignInOutcome =
  { ok: true; user: SignedInUser } | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

// No address is that long; longer input is cut so that it cannot make throttle keys huge.
const MAX_EMAIL_LENGTH = 320;

/**
 * Checks an email and password with throttling per account+address, per address and an
 * account-wide back-off (lib/auth/sign-in-throttle.ts). A disabled account answers exactly as a
 * wrong password does (same answer, same work: the password is verified and the failure counted),
 * so the answer never tells whether a password was right; the audit event keeps the true reason.
 * Every attempt, and every lockout it starts, is audited; failures past an address's burst are
 * aggregated (lib/audit/record-auth-failure.ts). The password itself never is.
 */
export async function signInWithPassword(
  emailInput: string,
  password: string,
  meta: RequestMeta,
): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
  const ip = meta.ip ?? null;
  const event = (
    result: "success" | "failure" | "denied",
    details: Record<string, unknown>,
    userId?: string,
  ): AuditEventInput => ({
    category: "auth",
    action: "sign_in",
    result,
    actor: userId ? { type: "user", id: userId, label: email } : { type: "anonymous", label: email },
    details: { method: "password", ...details },
    meta,
  });

  const lockout = await findLockout(email, ip);
  if (lockout) {
    await recordAuthFailure(
      event("denied", {
        reason: "locked_out",
        scope: lockout.scope,
        retryAfterSeconds: lockout.retryAfterSeconds,
      }),
    );
    return { ok: false, reason: "locked_out", retryAfterSeconds: lockout.retryAfterSeconds };
  }

  const user = await db.user.findUnique({ where: { email } });
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyAgainstDummy(password), false);

  if (!user || !isValid || user.isDisabled) {
    const started = await recordSignInFailure(email, ip);
    const failure = !user
      ? event("failure", { reason: "unknown_account" })
      : user.isDisabled
        ? event("denied", { reason: "disabled", isPasswordCorrect: isValid }, user.id)
        : event("failure", { reason: "wrong_password" }, user.id);
    await recordAuthFailure(failure);
    for (const lock of started) await recordLockout(lock, email, user?.id ?? null, meta);
    return { ok: false, reason: "invalid_credentials" };
  }

  await clearSignInFailures(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordEvent(event("success", {}, user.id));
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}

/**
 * A lockout that a failure just started. Account-scoped ones name the account as subject only
 * when it exists: the address someone typed is not a person we hold data about.
 */
async function recordLockout(
  lock: Lockout,
  email: string,
  userId: string | null,
  meta: RequestMeta,
): Promise<void> {
  await recordEvent({
    category: "auth",
    action: "lockout",
    result: "success",
    actor: { type: "system" },
    target: lock.scope === "ip" ? (meta.ip ?? null) : null,
    ...(lock.scope !== "ip" && userId ? { subject: { email, id: userId } } : {}),
    // For account_address, the address is the event's ip.
    details: { scope: lock.scope, durationSeconds: lock.retryAfterSeconds },
    meta,
  });
}
