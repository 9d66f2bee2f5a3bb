import "server-only";
import { db } from "@/lib/db";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import type { ErasureStep } from "@/lib/privacy/erasure/erasure-step";
import { assertAnAdminRemains, countEnabledAdmins } from "@/lib/users/assert-an-admin-remains";

/** The address a scrubbed account keeps: unique (User.email is), and never deliverable (RFC 2606). */
export function erasedEmailFor(userId: string): string {
  return `erased+${userId}@erased.invalid`;
}

/**
 * "account": each console account of the person is disabled and scrubbed in one transaction
 * (email and name replaced, password and OIDC link gone, roles removed; the id stays, as rows
 * name it), its sessions end and the API keys it owns are revoked. The session version bump ends
 * sessions on their next request in every process (they are read per request); the announced
 * change drops every process's cached keys, as disabling a user and revoking a key do
 * (lib/users/update-user.ts, lib/keys/revoke-api-key.ts).
 */
export const accountStep: ErasureStep = async ({ request, progress, save }) => {
  const done = Number(progress.cursor ?? 0);
  for (let i = done; i < progress.userIds.length; i++) {
    const userId = progress.userIds[i];
    const now = new Date();
    const changed = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (!user) return null;
      const adminsBefore = await countEnabledAdmins(tx);
      await tx.user.update({
        where: { id: userId },
        data: {
          email: erasedEmailFor(userId),
          name: null,
          passwordHash: null,
          oidcSubject: null,
          isDisabled: true,
          sessionVersion: { increment: 1 },
        },
      });
      const sessions = await tx.userSession.updateMany({
        where: { userId, endedAt: null },
        data: { endedAt: now },
      });
      const roles = await tx.userRole.deleteMany({ where: { userId } });
      const keys = await tx.apiKey.updateMany({
        where: { ownerId: userId, revokedAt: null },
        data: { revokedAt: now },
      });
      // The last enabled admin cannot be erased: the step fails saying so, and a retry succeeds
      // once another user is admin.
      await assertAnAdminRemains(tx, adminsBefore);
      return { sessions: sessions.count, roles: roles.count, keys: keys.count };
    });
    if (changed) {
      progress.counts.accountsScrubbed += 1;
      progress.counts.sessionsEnded += changed.sessions;
      progress.counts.rolesRemoved += changed.roles;
      progress.counts.apiKeysRevoked += changed.keys;
      await announceChange();
      await recordEvent({
        category: "privacy",
        action: "erasure.account_scrubbed",
        result: "success",
        actor: { type: "system" },
        target: userId,
        details: {
          requestId: request.id,
          sessionsEnded: changed.sessions,
          rolesRemoved: changed.roles,
          apiKeysRevoked: changed.keys,
        },
      });
    }
    progress.cursor = String(i + 1);
    await save();
  }
};
