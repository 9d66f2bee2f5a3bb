// Issue 9, item 4: lockout must not be a denial of service. Failures lock an account only for the
// address they come from; across addresses a back-off slows guessing but never refuses the right
// password from an address with no failures; an admin can unlock; a disabled account answers
// exactly like a wrong password.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
  process.env.SIGNIN_MAX_FAILURES_PER_IP = "100";
  // Long enough that no lock or back-off in this file ends while a test runs.
  process.env.SIGNIN_LOCKOUT_SECONDS = "120";
});

import * as unlock from "@/app/api/v1/users/[id]/unlock/route";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createTestKey, createTestUser, seedRoles, uniqueName } from "../../helpers/fixtures";
import { rememberSecret } from "../../helpers/secrets";

let addressCounter = 0;
/** A fresh address: one that has never failed on anything. */
function from(ip = `198.51.100.${++addressCounter}`) {
  return { ip, userAgent: "vitest", correlationId: uniqueName("corr") };
}

async function failFrom(email: string, times: number, address: () => ReturnType<typeof from>) {
  for (let i = 0; i < times; i++)
    expect(
      await signInWithPassword(email, rememberSecret(`wrong-${i}-${uniqueName("pw")}`), address()),
    ).toMatchObject({ ok: false });
}

let adminKey: string;
beforeAll(async () => {
  await seedRoles();
  adminKey = (await createTestKey(["admin"])).secret;
});

describe("no lockout from elsewhere", () => {
  test("failures from many addresses never refuse the right password from an address with no failures", async () => {
    const admin = await createTestUser(["admin"]);
    await failFrom(admin.email, 12, () => from(`203.0.113.${++addressCounter % 250}`));
    expect((await signInWithPassword(admin.email, admin.password, from())).ok).toBe(true);
  });

  test("failures lock the account for their own address only, even for the right password", async () => {
    const user = await createTestUser(["viewer"]);
    const attacker = from("192.0.2.10");
    const since = await lastAuditId();
    await failFrom(user.email, 3, () => ({ ...attacker, correlationId: uniqueName("c") }));

    expect(await signInWithPassword(user.email, user.password, attacker)).toMatchObject({
      ok: false,
      reason: "locked_out",
    });
    expect((await signInWithPassword(user.email, user.password, from())).ok).toBe(true);

    const lockouts = await findAuditEvents({ category: "auth", action: "lockout", sinceId: since });
    expect(lockouts.map((l) => l.details)).toContainEqual(
      expect.objectContaining({ scope: "account_address" }),
    );
    expect(lockouts.find((l) => (l.details as { scope: string }).scope === "account_address")).toMatchObject({
      ip: "192.0.2.10",
      subject: { email: user.email },
    });
    const [denied] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: attacker.correlationId,
    });
    expect(denied).toMatchObject({
      result: "denied",
      details: { reason: "locked_out", scope: "account_address" },
    });
  });

  test("across addresses a back-off refuses the addresses that already failed on the account", async () => {
    const user = await createTestUser(["viewer"]);
    const addresses = Array.from({ length: 8 }, () => from());
    const since = await lastAuditId();
    for (const address of addresses) await failFrom(user.email, 1, () => address);

    // 8 failures, 3 allowed: a back-off of 2^5 s holds against those 8 addresses.
    const retry = await signInWithPassword(user.email, user.password, addresses[0]);
    expect(retry).toMatchObject({ ok: false, reason: "locked_out" });
    expect(retry.ok === false && retry.retryAfterSeconds).toBeGreaterThan(2);
    expect((await signInWithPassword(user.email, user.password, from())).ok).toBe(true);

    const lockouts = await findAuditEvents({ category: "auth", action: "lockout", sinceId: since });
    expect(lockouts.map((l) => (l.details as { scope: string }).scope)).toEqual(["account"]);
  });

  test("a successful sign-in forgives that address's failures on the account", async () => {
    const user = await createTestUser(["viewer"]);
    const address = from();
    await failFrom(user.email, 2, () => address);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
    await failFrom(user.email, 2, () => address);
    expect((await signInWithPassword(user.email, user.password, address)).ok).toBe(true);
  });
});

describe("a disabled account is no password oracle", () => {
  test("the right and a wrong password get the same answer; the audit trail keeps the truth", async () => {
    const user = await createTestUser(["viewer"]);
    await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    const right = from();
    const wrong = from();
    expect(await signInWithPassword(user.email, user.password, right)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect(await signInWithPassword(user.email, rememberSecret("not-the-password-1"), wrong)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });

    const [withRight] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: right.correlationId,
    });
    const [withWrong] = await findAuditEvents({
      category: "auth",
      action: "sign_in",
      correlationId: wrong.correlationId,
    });
    expect(withRight).toMatchObject({
      result: "denied",
      actorId: user.id,
      details: { method: "password", reason: "disabled", isPasswordCorrect: true },
    });
    expect(withWrong).toMatchObject({
      result: "denied",
      actorId: user.id,
      details: { method: "password", reason: "disabled", isPasswordCorrect: false },
    });
  });

  test("attempts on a disabled account count as failures, as wrong passwords do", async () => {
    const user = await createTestUser(["viewer"]);
    await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    const address = from();
    for (let i = 0; i < 3; i++) await signInWithPassword(user.email, user.password, address);
    expect(await signInWithPassword(user.email, user.password, address)).toMatchObject({
      ok: false,
      reason: "locked_out",
    });
  });
});

describe("POST /api/v1/users/:id/unlock", () => {
  test("lifts the account's lockouts and back-off from every address, audited", async () => {
    const user = await createTestUser(["viewer"]);
    const locked = from();
    const others = Array.from({ length: 6 }, () => from());
    await failFrom(user.email, 3, () => locked);
    for (const address of others) await failFrom(user.email, 1, () => address);
    expect(await signInWithPassword(user.email, user.password, locked)).toMatchObject({
      reason: "locked_out",
    });
    expect(await signInWithPassword(user.email, user.password, others[0])).toMatchObject({
      reason: "locked_out",
    });

    const res = await call(unlock.POST, "POST", `/api/v1/users/${user.id}/unlock`, {
      apiKey: adminKey,
      params: { id: user.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ unlocked: true });
    const [event] = await findAuditEvents({ category: "user", action: "unlock_sign_in", target: user.id });
    expect(event).toMatchObject({ result: "success", actorType: "api_key", subject: { email: user.email } });

    expect((await signInWithPassword(user.email, user.password, locked)).ok).toBe(true);
    expect((await signInWithPassword(user.email, user.password, others[0])).ok).toBe(true);
  });

  test("an address locked for spraying many accounts stays locked", async () => {
    const user = await createTestUser(["viewer"]);
    const sprayer = from();
    for (let i = 0; i < 100; i++)
      await signInWithPassword(`${uniqueName("spray")}@example.test`, rememberSecret(`spray-${i}`), sprayer);
    await call(unlock.POST, "POST", `/api/v1/users/${user.id}/unlock`, {
      apiKey: adminKey,
      params: { id: user.id },
    });
    expect(await signInWithPassword(user.email, user.password, sprayer)).toMatchObject({
      reason: "locked_out",
    });
  }, 60_000);

  test("an unknown user is 404, in the error envelope", async () => {
    const res = await call<ErrorBody>(unlock.POST, "POST", "/api/v1/users/nope/unlock", {
      apiKey: adminKey,
      params: { id: "nope" },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
