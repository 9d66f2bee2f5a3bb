// Data for integration tests, created through the same lib/ functions the API and CLI use.
// Each test file has its own database (tests/setup/per-file-database.ts); names are still
// unique so that a test never depends on another test's rows.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { ensureBuiltInRoles } from "@/lib/rbac/ensure-built-in-roles";
import { ensureBuiltInPurposes } from "@/lib/privacy/consent/ensure-built-in-purposes";
import { createUser } from "@/lib/users/create-user";
import { createApiKey } from "@/lib/keys/create-api-key";
import { SESSION_COOKIE_NAME, getSessionSecret } from "@/lib/auth/session-cookie";
import { startUserSession } from "@/lib/auth/start-user-session";
import type { UserView } from "@/lib/users/user-view-type";
import type { KeyView } from "@/lib/keys/key-view-type";

export const BUILT_IN_ROLE_NAMES = [
  "admin",
  "operator",
  "compliance_officer",
  "auditor",
  "viewer",
  "service",
] as const;
export type BuiltInRoleName = (typeof BUILT_IN_ROLE_NAMES)[number];

const system = { principal: null, actor: { type: "system" as const } };

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

/** Secrets handed out in this test file, so a test can prove none reached the audit trail. */
export const issuedSecrets = new Set<string>();

export async function seedRoles(): Promise<void> {
  await ensureBuiltInRoles();
  await ensureBuiltInPurposes();
}

export type TestUser = UserView & { password: string };

export async function createTestUser(
  roles: string[],
  options: { email?: string; password?: string } = {},
): Promise<TestUser> {
  const password = options.password ?? `pw-${randomBytes(12).toString("base64url")}`;
  issuedSecrets.add(password);
  const user = await createUser(
    { email: options.email ?? `${uniqueName("user")}@example.test`, password, roles },
    system,
  );
  return { ...user, password };
}

export type TestKey = { key: KeyView; secret: string };

let keyOwner: Promise<string> | undefined;

/**
 * The user that fixture keys belong to unless a test names one: a user of its own, with no
 * roles, so that tests disabling admins do not stop other tests' keys.
 */
function fixtureKeyOwner(): Promise<string> {
  keyOwner ??= db.user
    .create({ data: { email: `${uniqueName("key-owner")}@example.test` }, select: { email: true } })
    .then((u) => u.email);
  return keyOwner;
}

export async function createTestKey(
  roles: string[],
  options: { name?: string; expiresAt?: string; ownerEmail?: string } = {},
): Promise<TestKey> {
  const created = await createApiKey(
    { name: options.name ?? uniqueName("key"), roles, expiresAt: options.expiresAt },
    { ...system, ownerEmail: options.ownerEmail ?? (await fixtureKeyOwner()) },
  );
  issuedSecrets.add(created.secret);
  return created;
}

/**
 * A session cookie as next-auth would set it after sign-in: a JWE carrying the user id, the
 * user's current session version and a new session record's id, encrypted with the app's
 * session secret.
 */
export async function sessionCookieFor(userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, sessionVersion: true },
  });
  const sid = await startUserSession(userId);
  const jwt = await encode({
    token: { uid: userId, sv: user.sessionVersion, email: user.email, sid },
    secret: getSessionSecret(),
  });
  issuedSecrets.add(jwt);
  return `${SESSION_COOKIE_NAME}=${jwt}`;
}
