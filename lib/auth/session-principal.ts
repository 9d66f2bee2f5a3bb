import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { computeAccess } from "@/lib/rbac/access";
import { loadRoleDefinitions } from "@/lib/rbac/load-role-definitions";
import { SESSION_COOKIE_NAME, getSessionSecret } from "@/lib/auth/session-cookie";
import type { Principal } from "@/lib/auth/principal";

export type SessionUser = Extract<Principal, { type: "user" }>;

/**
 * The signed-in user behind a session cookie, or null. The user is re-read on every request so
 * that disabling an account or resetting its password (which bumps sessionVersion) ends its
 * sessions at once.
 */
export async function getSessionPrincipal(req: NextRequest): Promise<SessionUser | null> {
  const token = await getToken({ req, secret: getSessionSecret(), cookieName: SESSION_COOKIE_NAME });
  if (!token?.uid) return null;
  return loadUserPrincipal(token.uid, token.sv ?? -1);
}

export async function loadUserPrincipal(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, isDisabled: true, sessionVersion: true, roles: { select: { role: { select: { name: true } } } } },
  });
  if (!user || user.isDisabled || user.sessionVersion !== sessionVersion) return null;
  const access = computeAccess(user.roles.map((r) => r.role.name), await loadRoleDefinitions());
  return { type: "user", id: user.id, email: user.email, name: user.name, access, via: "session" };
}
