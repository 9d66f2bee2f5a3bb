// Session cookies: the next-auth credentials glue produces a cookie the API accepts, and a
// cookie stops working at once when its user is disabled or their password is reset.
import { beforeAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { SESSION_COOKIE_NAME, getSessionSecret } from "@/lib/auth/session-cookie";
import { startUserSession } from "@/lib/auth/start-user-session";
import * as me from "@/app/api/v1/me/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import * as resetPassword from "@/app/api/v1/users/[id]/reset-password/route";
import { call, type ErrorBody } from "../helpers/http";
import { createTestUser, seedRoles, sessionCookieFor, type TestUser } from "../helpers/fixtures";
import { rememberSecret } from "../helpers/secrets";

type Me = { type: string; id: string; email: string | null; roles: string[]; capabilities: string[] };

let admin: TestUser;
let adminCookie: string;

beforeAll(async () => {
  await seedRoles();
  admin = await createTestUser(["admin"]);
  adminCookie = await sessionCookieFor(admin.id);
});

/** The credentials provider's authorize() and the jwt callback, as next-auth runs them at sign-in. */
async function signInThroughNextAuth(email: string, password: string): Promise<string> {
  const options = getAuthOptions();
  const credentials = options.providers.find((p) => p.id === "credentials") as unknown as {
    options: {
      authorize: (
        c: Record<string, string>,
        req: { headers: Record<string, string> },
      ) => Promise<{ id: string; email: string; sessionVersion: number } | null>;
    };
  };
  const user = await credentials.options.authorize(
    { email, password },
    { headers: { "x-forwarded-for": "192.0.2.10", "user-agent": "vitest" } },
  );
  if (!user) throw new Error("authorize returned no user");
  const token = await options.callbacks!.jwt!({
    token: { email: user.email },
    user: user as never,
    account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
  });
  const jwt = await encode({ token, secret: getSessionSecret() });
  return `${SESSION_COOKIE_NAME}=${rememberSecret(jwt)}`;
}

async function meWith(cookie: string) {
  return call<Me & ErrorBody>(me.GET, "GET", "/api/v1/me", { sessionCookie: cookie });
}

describe("signing in through the next-auth configuration", () => {
  test("a cookie made from the credentials provider's user is accepted by the API", async () => {
    const user = await createTestUser(["compliance_officer"]);
    const res = await meWith(await signInThroughNextAuth(user.email, user.password));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: "user",
      id: user.id,
      email: user.email,
      roles: ["compliance_officer"],
    });
    expect(res.body.capabilities).toContain("audit:export");
    expect(res.body.capabilities).not.toContain("users:write");
  });

  test("authorize() turns a failed sign-in into an error naming the reason", async () => {
    const user = await createTestUser(["viewer"]);
    await expect(signInThroughNextAuth(user.email, rememberSecret("wrong-password-xyz"))).rejects.toThrow(
      "invalid_credentials",
    );
    await db.user.update({ where: { id: user.id }, data: { isDisabled: true } });
    // Disabled answers like a wrong password (no oracle); the audit trail says "disabled".
    await expect(signInThroughNextAuth(user.email, user.password)).rejects.toThrow("invalid_credentials");
  });
});

describe("a session ends at once", () => {
  test("when an admin disables the user: the existing cookie gets 401, also after re-enabling", async () => {
    const user = await createTestUser(["viewer"]);
    const cookie = await sessionCookieFor(user.id);
    expect((await meWith(cookie)).status).toBe(200);

    const disabled = await call(userById.PATCH, "PATCH", `/api/v1/users/${user.id}`, {
      sessionCookie: adminCookie,
      params: { id: user.id },
      body: { isDisabled: true },
    });
    expect(disabled.status).toBe(200);
    const refused = await meWith(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthorized");

    const enabled = await call(userById.PATCH, "PATCH", `/api/v1/users/${user.id}`, {
      sessionCookie: adminCookie,
      params: { id: user.id },
      body: { isDisabled: false },
    });
    expect(enabled.status).toBe(200);
    expect((await meWith(cookie)).status).toBe(401);
    expect((await meWith(await sessionCookieFor(user.id))).status).toBe(200);
  });

  test("when the password is reset", async () => {
    const user = await createTestUser(["viewer"]);
    const cookie = await sessionCookieFor(user.id);
    const res = await call<{ temporaryPassword: string | null }>(
      resetPassword.POST,
      "POST",
      `/api/v1/users/${user.id}/reset-password`,
      {
        sessionCookie: adminCookie,
        params: { id: user.id },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.temporaryPassword).toEqual(expect.any(String));
    rememberSecret(res.body.temporaryPassword!);
    expect((await meWith(cookie)).status).toBe(401);
    expect((await meWith(await signInThroughNextAuth(user.email, res.body.temporaryPassword!))).status).toBe(
      200,
    );
    await expect(signInThroughNextAuth(user.email, user.password)).rejects.toThrow("invalid_credentials");
  });

  test("when the user is deleted", async () => {
    const user = await createTestUser(["viewer"]);
    const cookie = await sessionCookieFor(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect((await meWith(cookie)).status).toBe(401);
  });
});

describe("cookies that were never valid", () => {
  test("a tampered cookie is 401", async () => {
    const cookie = await sessionCookieFor(admin.id);
    const tampered = cookie.slice(0, -6) + (cookie.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect((await meWith(tampered)).status).toBe(401);
  });

  test("a cookie encrypted with another secret is 401", async () => {
    const jwt = await encode({
      token: { uid: admin.id, sv: 0, email: admin.email, sid: await startUserSession(admin.id) },
      secret: "not-the-gatehouse-session-secret-at-all",
    });
    expect((await meWith(`${SESSION_COOKIE_NAME}=${jwt}`)).status).toBe(401);
  });

  test("a cookie with a stale session version is 401", async () => {
    // A live session record, so that only the version is wrong.
    const jwt = await encode({
      token: { uid: admin.id, sv: 99, email: admin.email, sid: await startUserSession(admin.id) },
      secret: getSessionSecret(),
    });
    expect((await meWith(`${SESSION_COOKIE_NAME}=${jwt}`)).status).toBe(401);
  });

  test("a cookie under another name is ignored", async () => {
    const cookie = await sessionCookieFor(admin.id);
    expect((await meWith(cookie.replace(SESSION_COOKIE_NAME, "next-auth.session-token"))).status).toBe(401);
  });
});
