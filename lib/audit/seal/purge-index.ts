import "server-only";
import { db } from "@/lib/db";

/** The retention runs that may explain a tombstone or a dropped payload. */
export type PurgeIndex = {
  byId: ReadonlyMap<string, { mode: string; cutoff: Date }>;
  /** The latest cutoff of any payload-dropping run: payloads of events created before it may be gone. */
  latestDropPayloadCutoff: Date | null;
};

/** All purge records (one per retention run and class: a few thousand at most over years). */
export async function loadPurgeIndex(): Promise<PurgeIndex> {
  const purges = await db.auditPurge.findMany({ select: { id: true, mode: true, cutoff: true } });
  let latestDropPayloadCutoff: Date | null = null;
  for (const purge of purges) {
    if (purge.mode === "drop_payload" && (!latestDropPayloadCutoff || purge.cutoff > latestDropPayloadCutoff)) latestDropPayloadCutoff = purge.cutoff;
  }
  return { byId: new Map(purges.map((p) => [p.id, { mode: p.mode, cutoff: p.cutoff }])), latestDropPayloadCutoff };
}
