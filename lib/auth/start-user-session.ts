import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Records a new signed-in session and returns its id, which the session cookie carries (JWT
 * claim `sid`). The record lives SESSION_MAX_AGE_SECONDS from sign-in; sign-out ends it early.
 * Expired records are cleared here, so the table holds only sessions that could still be used.
 */
export async function startUserSession(userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    db.userSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.userSession.create({
      data: {
        id,
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + env.SESSION_MAX_AGE_SECONDS * 1000),
      },
    }),
  ]);
  return id;
}
