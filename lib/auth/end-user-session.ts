import "server-only";
import { db } from "@/lib/db";

/** Ends a session server-side (sign-out): its cookie is refused from the next request on. */
export async function endUserSession(sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
