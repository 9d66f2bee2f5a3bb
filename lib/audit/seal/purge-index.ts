import "server-only";
import { db } from "@/lib/db";

/** The retention runs that may explain a tombstone or a dropped payload. */
export type PurgeIndex = {
  byId: ReadonlyMap<string, { policy: string; mode: string; cutoff: Date }>;
  /**
   * Per retention class (AuditPurge.policy), the latest cutoff of a payload-dropping run: payloads
   * of that class's events created before it may be gone. Per class, since a run of one class
   * vouches for nothing in another.
   */
  latestDropPayloadCutoff: ReadonlyMap<string, Date>;
};

/** All purge records (one per retention run and class: a few thousand at most over years). */
export async function loadPurgeIndex(): Promise<PurgeIndex> {
  const purges = await db.auditPurge.findMany({
    select: { id: true, policy: true, mode: true, cutoff: true },
  });
  const latestDropPayloadCutoff = new Map<string, Date>();
  for (const purge of purges) {
    if (purge.mode !== "drop_payload") continue;
    const latest = latestDropPayloadCutoff.get(purge.policy);
    if (!latest || purge.cutoff > latest) latestDropPayloadCutoff.set(purge.policy, purge.cutoff);
  }
  return {
    byId: new Map(purges.map((p) => [p.id, { policy: p.policy, mode: p.mode, cutoff: p.cutoff }])),
    latestDropPayloadCutoff,
  };
}
