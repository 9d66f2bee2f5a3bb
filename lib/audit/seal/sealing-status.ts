import "server-only";
import { db } from "@/lib/db";
import type { SealingStatus } from "@/lib/audit/seal/integrity-types";

/** How far sealing has got: the last seal, and what is waiting for the next one. */
export async function sealingStatus(): Promise<SealingStatus> {
  const last = await db.auditSeal.findFirst({
    orderBy: { id: "desc" },
    select: { id: true, toId: true, createdAt: true },
  });
  const unsealed = { id: { gt: last?.toId ?? 0 } };
  const [unsealedEvents, oldestUnsealed] = await Promise.all([
    db.auditEvent.count({ where: unsealed }),
    db.auditEvent.findFirst({ where: unsealed, orderBy: { id: "asc" }, select: { createdAt: true } }),
  ]);
  return {
    lastSeal: last ? { id: last.id, toId: last.toId, createdAt: last.createdAt.toISOString() } : null,
    seals: last?.id ?? 0,
    unsealedEvents,
    oldestUnsealedAt: oldestUnsealed?.createdAt.toISOString() ?? null,
  };
}
