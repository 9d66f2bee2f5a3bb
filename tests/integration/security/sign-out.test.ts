// Sign-out ends the session server-side (issue 9, "sign-out leaves the session cookie valid"):
// a copy of the cookie taken before signing out is refused afterwards. Before this, the cookie
// stayed valid for the rest of its 8 hours.
import { beforeAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SESSION_COOKIE_NAME, getSessionSecret } from "@/lib/auth/session-cookie";
import { startUserSession } from "@/lib/auth/start-user-session";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";
import * as me from "@/app/api/v1/me/route";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestUser, seedRoles, sessionCookieFor, type TestUser } from "../../helpers/fixtures";
import { findAuditEvents } from "../../helpers/audit";
import { rememberSecret } from "../../helpers/secrets";

let user: TestUser;

beforeAll(async () => {
  await seedRoles();
  user = await createTestUser(["viewer"]);
});

function meWith(cookie: string) {
  return call<ErrorBody & { id: string }>(me.GET, "GET", "/api/v1/me", { sessionCookie: cookie });
}

type HandlerOutcome = { status: number; headers: Record<string, string | string[]>; body: unknown };

/**
 * One request through next-auth's own handler built from our options. The App Router entry
 * (app/api/auth/[...nextauth]/route.ts) reads cookies() from Next's request scope, which exists
 * only inside a running server, so this drives the same handler through its Node-style entry.
 */
async function nextAuthRequest(
  method: string,
  action: string,
  cookies: Record<string, string>,
  body?: Record<string, string>,
): Promise<HandlerOutcome> {
  const outcome: HandlerOutcome = { status: 200, headers: {}, body: undefined };
  const res = {
    status(code: number) {
      outcome.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      outcome.headers[name] = value;
      return res;
    },
    getHeader(name: string) {
      return outcome.headers[name];
    },
    end() {
      return res;
    },
    json(value: unknown) {
      outcome.body = value;
      return res;
    },
    send(value: unknown) {
      outcome.body = value;
      return res;
    },
  };
  const req = {
    method,
    query: { nextauth: [action] },
    cookies,
    body,
    headers: { host: "localhost:3000", "x-forwarded-proto": "http" },
  };
  await (NextAuth(getAuthOptions()) as unknown as (req: unknown, res: unknown) => Promise<void>)(req, res);
  return outcome;
}

function setCookies(outcome: HandlerOutcome): Record<string, string> {
  const lines = [outcome.headers["Set-Cookie"] ?? []].flat();
  return Object.fromEntries(
    lines
      .map((line) => line.split(";")[0].split("="))
      .map(([name, ...value]) => [name, decodeURIComponent(value.join("="))]),
  );
}

/** Signs out the way the console's button does: GET /api/auth/csrf, then POST /api/auth/signout. */
async function signOutThroughNextAuth(sessionCookie: string): Promise<HandlerOutcome> {
  const session = { [SESSION_COOKIE_NAME]: sessionCookie.slice(sessionCookie.indexOf("=") + 1) };
  const csrf = await nextAuthRequest("GET", "csrf", session);
  const { csrfToken } = csrf.body as { csrfToken: string };
  return nextAuthRequest(
    "POST",
    "signout",
    { ...session, ...setCookies(csrf) },
    { csrfToken, callbackUrl: "/sign-in", json: "true" },
  );
}

describe("signing out", () => {
  test("ends the session: the same cookie is 401 afterwards, other sessions of the user go on", async () => {
    const cookie = await sessionCookieFor(user.id);
    const otherBrowser = await sessionCookieFor(user.id);
    expect((await meWith(cookie)).status).toBe(200);

    const res = await signOutThroughNextAuth(cookie);
    expect(res.body).toEqual({ url: expect.stringContaining("/sign-in") });
    // The browser is told to drop the cookie, but a copy of it must not work either.
    expect(setCookies(res)[SESSION_COOKIE_NAME]).toBe("");
    const refused = await meWith(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthorized");
    expect((await meWith(otherBrowser)).status).toBe(200);

    const [row] = await findAuditEvents({ category: "auth", action: "sign_out", actorId: user.id });
    expect(row).toMatchObject({ result: "success" });
  });

  test("an expired session record is refused though the cookie itself has not expired", async () => {
    const cookie = await sessionCookieFor(user.id);
    const sid = (
      await db.userSession.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } })
    ).id;
    await db.userSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await meWith(cookie)).status).toBe(401);
  });

  test("a cookie without a session id, or naming another user's session, is refused", async () => {
    const legacy = await encode({
      token: { uid: user.id, sv: 0, email: user.email },
      secret: getSessionSecret(),
    });
    expect((await meWith(`${SESSION_COOKIE_NAME}=${rememberSecret(legacy)}`)).status).toBe(401);

    const other = await createTestUser(["viewer"]);
    const borrowed = await encode({
      token: { uid: user.id, sv: 0, email: user.email, sid: await startUserSession(other.id) },
      secret: getSessionSecret(),
    });
    expect((await meWith(`${SESSION_COOKIE_NAME}=${rememberSecret(borrowed)}`)).status).toBe(401);
  });

  test("starting a session clears expired records", async () => {
    const stale = await startUserSession(user.id, new Date(Date.now() - 365 * 86_400_000));
    await startUserSession(user.id);
    expect(await db.userSession.findUnique({ where: { id: stale } })).toBeNull();
  });
});
