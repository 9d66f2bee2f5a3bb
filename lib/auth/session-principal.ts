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
 * The signed-in user behind a session cookie, or null. The session record and its user are
 * read on every request (one query), so that signing out (which ends the record), disabling an
 * account or resetting its password (which bump sessionVersion) end the session at once. A
 * cookie without a session id (issued before sessions were recorded) is refused.
 */
export async function getSessionPrincipal(req: NextRequest): Promise<SessionUser | null> {
  const token = await getToken({ req, secret: getSessionSecret(), cookieName: SESSION_COOKIE_NAME });
  if (!token?.uid || !token.sid) return null;
  return loadUserPrincipal({ userId: token.uid, sessionVersion: token.sv ?? -1, sessionId: token.sid });
}

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string };

export async function loadUserPrincipal(
  claims: SessionClaims,
  now = new Date(),
): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      endedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          isDisabled: true,
          sessionVersion: true,
          roles: { select: { role: { select: { name: true } } } },
        },
      },
    },
  });
  if (!session || session.userId !== claims.userId || session.endedAt || session.expiresAt <= now)
    return null;
  const { user } = session;
  if (user.isDisabled || user.sessionVersion !== claims.sessionVersion) return null;
  const access = computeAccess(
    user.roles.map((r) => r.role.name),
    await loadRoleDefinitions(),
  );
  return { type: "user", id: user.id, email: user.email, name: user.name, access, via: "session" };
}
