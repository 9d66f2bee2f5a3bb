import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordEvent } from "@/lib/audit/record-event";
import { rolesFromClaims } from "@/lib/auth/oidc-roles";
import type { SignedInUser } from "@/lib/auth/sign-in-with-password";

/**
 * Finds or creates the user for an OIDC identity and sets their roles from the configured claim.
 * Deny by default: an identity whose claim names no Gatehouse role is refused.
 */
export async function signInWithOidc(claims: Record<string, unknown>): Promise<SignedInUser | null> {
  const subject = typeof claims.sub === "string" ? claims.sub : null;
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null;
  const name = typeof claims.name === "string" ? claims.name : null;
  const roles = await db.role.findMany({ select: { id: true, name: true } });
  const roleNames = rolesFromClaims(claims, env.OIDC_ROLES_CLAIM, new Set(roles.map((r) => r.name)));
  const label = email ?? subject ?? "unknown";

  if (!subject || !email || roleNames.length === 0) {
    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "denied",
      actor: { type: "anonymous", label },
      details: {
        method: "oidc",
        reason: !subject || !email ? "missing_sub_or_email" : "no_known_role_in_claim",
        claim: env.OIDC_ROLES_CLAIM,
      },
    });
    return null;
  }

  const roleIds = roles.filter((r) => roleNames.includes(r.name)).map((r) => ({ roleId: r.id }));
  const existing = await db.user.findFirst({ where: { OR: [{ oidcSubject: subject }, { email }] } });
  if (existing?.isDisabled) {
    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "denied",
      actor: { type: "user", id: existing.id, label },
      details: { method: "oidc", reason: "disabled" },
    });
    return null;
  }
  const user = await db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { oidcSubject: subject, name: name ?? existing.name, lastSignInAt: new Date() },
        })
      : await tx.user.create({ data: { email, name, oidcSubject: subject, lastSignInAt: new Date() } });
    await tx.userRole.deleteMany({ where: { userId: saved.id } });
    await tx.userRole.createMany({ data: roleIds.map((r) => ({ ...r, userId: saved.id })) });
    return saved;
  });
  await recordEvent({
    category: "auth",
    action: "sign_in",
    result: "success",
    actor: { type: "user", id: user.id, label },
    details: { method: "oidc", roles: roleNames },
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
