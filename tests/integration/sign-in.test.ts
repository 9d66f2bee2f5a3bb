// Password sign-in: outcomes, per-account+address and per-IP lockout with its expiry, and the
// audit rows each attempt leaves (the DoS-proof rules are in security/sign-in-lockout.test.ts). Small limits for this file so lockouts are quick to reach and end.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
  process.env.SIGNIN_MAX_FAILURES_PER_IP = "6";
  process.env.SIGNIN_LOCKOUT_SECONDS = "2";
});

import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { createTestUser, seedRoles, uniqueName } from "../helpers/fixtures";
import { findAuditEvents, lastAuditId } from "../helpers/audit";
import { expectNoSecretsInAudit, rememberSecret } from "../helpers/secrets";

let ipCounter = 0;
/** A fresh client address per test, so per-IP counting never crosses tests. */
function meta() {
  ipCounter += 1;
  return { ip: `198.51.100.${ipCounter}`, userAgent: "vitest", correlationId: uniqueName("corr") };
}

async function waitSeconds(seconds: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 250));
}

beforeAll(seedRoles);

describe("outcomes", () => {
  test("the right password signs in, records the time and audits success", async () => {
    const user = await createTestUser(["viewer"]);
    const m = meta();
    const outcome = await signInWithPassword(user.email, user.password, m);
    expect(outcome).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: null, sessionVersion: 0 },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);

    const [row] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: m.correlationId,
    });
    expect(row).toMatchObject({
      result: "success",
      actorType: "user",
      actorId: user.id,
      actorLabel: user.email,
      ip: m.ip,
      userAgent: "vitest",
    });
    expect(row.details).toEqual({ method: "password" });
  });

  test("email is matched without regard to case and surrounding spaces", async () => {
    const user = await createTestUser(["viewer"]);
    const outcome = await signInWithPassword(`  ${user.email.toUpperCase()} `, user.password, meta());
    expect(outcome.ok).toBe(true);
  });

  test("a wrong password is invalid_credentials, audited as a failure of that user", async () => {
    const user = await createTestUser(["viewer"]);
    const m = meta();
    expect(await signInWithPassword(user.email, rememberSecret("wrong-password-1"), m)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: m.correlationId,
    });
    expect(row).toMatchObject({ result: "failure", actorType: "user", actorId: user.id });
    expect(row.details).toEqual({ method: "password", reason: "wrong_password" });
  });

  test("an unknown account gets the same answer as a wrong password, audited as anonymous", async () => {
    const email = `${uniqueName("nobody")}@example.test`;
    const m = meta();
    expect(await signInWithPassword(email, rememberSecret("whatever-password"), m)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: m.correlationId,
    });
    // What was typed is no known person: only a mask, no keyed hash, no pseudonym; the address
    // is no one's, so ip and user agent stay plain.
    expect(row).toMatchObject({
      result: "failure",
      actorType: "anonymous",
      actorId: null,
      actorLabel: "n***@example.test",
      actorHash: null,
      actorSubjectId: null,
    });
    expect(row.stored).toMatchObject({ ip: m.ip, userAgent: "vitest" });
    expect(row.details).toEqual({ method: "password", reason: "unknown_account" });
  });

  test("a user without a password (OIDC only) cannot sign in with one", async () => {
    const user = await db.user.create({
      data: { email: `${uniqueName("sso")}@example.test`, oidcSubject: uniqueName("sub") },
    });
    expect(await signInWithPassword(user.email, rememberSecret("any-password-at-all"), meta())).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  test("a disabled user gets the wrong-password answer even with the right password, audited as disabled", async () => {
    const user = await createTestUser(["viewer"]);
    await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    const m = meta();
    expect(await signInWithPassword(user.email, user.password, m)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    const [row] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: m.correlationId,
    });
    expect(row).toMatchObject({ result: "denied", actorId: user.id });
    expect(row.details).toEqual({ method: "password", reason: "disabled", isPasswordCorrect: true });
    expect(await signInWithPassword(user.email, rememberSecret("not-the-password"), meta())).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });
});

describe("per-account+address lockout", () => {
  test("after 3 failures from one address the account is locked there, even for the right password, until the window ends", async () => {
    const user = await createTestUser(["viewer"]);
    const address = meta();
    const since = await lastAuditId();
    for (let i = 0; i < 3; i++)
      expect(
        (
          await signInWithPassword(user.email, rememberSecret(`wrong-${i}-password`), {
            ...address,
            correlationId: uniqueName("c"),
          })
        ).ok,
      ).toBe(false);

    const lockouts = await findAuditEvents({ category: "auth", action: "lockout", sinceId: since });
    expect(lockouts.map((l) => l.details)).toContainEqual(
      expect.objectContaining({ scope: "account_address" }),
    );
    const pairLock = lockouts.find((l) => (l.details as { scope: string }).scope === "account_address");
    expect(pairLock).toMatchObject({
      result: "success",
      actorType: "system",
      // the account by user id; the person by pseudonym, their ip under their key
      target: user.id,
      subjectId: expect.stringMatching(/^ds_/),
      ip: address.ip,
      subject: { email: user.email },
    });

    const m = { ...address, correlationId: uniqueName("corr") };
    const locked = await signInWithPassword(user.email, user.password, m);
    expect(locked).toMatchObject({ ok: false, reason: "locked_out" });
    const retryAfter = locked.ok ? 0 : locked.retryAfterSeconds!;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    const [denied] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: m.correlationId,
    });
    expect(denied).toMatchObject({ result: "denied" });
    expect(denied.details).toMatchObject({ reason: "locked_out", scope: "account_address" });

    await waitSeconds(retryAfter);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
  });

  test("a lockout of one account leaves other accounts alone", async () => {
    const locked = await createTestUser(["viewer"]);
    const other = await createTestUser(["viewer"]);
    const address = meta();
    for (let i = 0; i < 3; i++)
      await signInWithPassword(locked.email, rememberSecret(`nope-${i}-password`), address);
    expect(await signInWithPassword(locked.email, locked.password, address)).toMatchObject({
      ok: false,
      reason: "locked_out",
    });
    expect((await signInWithPassword(other.email, other.password, address)).ok).toBe(true);
  });

  test("a successful sign-in clears the address's failure count", async () => {
    const user = await createTestUser(["viewer"]);
    const address = meta();
    for (let i = 0; i < 2; i++)
      await signInWithPassword(user.email, rememberSecret(`miss-${i}-password`), address);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
    for (let i = 0; i < 2; i++)
      await signInWithPassword(user.email, rememberSecret(`miss-${i}-again-password`), address);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
  });
});

describe("per-IP lockout", () => {
  test("6 failures from one address lock that address for every account, not other addresses", async () => {
    const user = await createTestUser(["viewer"]);
    const m = meta();
    const since = await lastAuditId();
    for (let i = 0; i < 6; i++) {
      await signInWithPassword(`${uniqueName("spray")}@example.test`, rememberSecret(`spray-${i}-password`), {
        ...m,
        correlationId: uniqueName("spray"),
      });
    }
    const lockouts = await findAuditEvents({ category: "auth", action: "lockout", sinceId: since });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]).toMatchObject({ target: m.ip });
    expect(lockouts[0].details).toMatchObject({ scope: "ip" });

    expect(await signInWithPassword(user.email, user.password, m)).toMatchObject({
      ok: false,
      reason: "locked_out",
    });
    expect((await signInWithPassword(user.email, user.password, meta())).ok).toBe(true);
  });
});

test("no audit row holds a password, hash or token", async () => {
  await expectNoSecretsInAudit();
});
