import "server-only";
import { readLastVerification } from "@/lib/audit/seal/last-verification";
import { sealingStatus } from "@/lib/audit/seal/sealing-status";
import type { IntegrityOverview } from "@/lib/audit/seal/integrity-types";

/** What the integrity page shows: how far sealing has got and the last verification. */
export async function getIntegrityOverview(): Promise<IntegrityOverview> {
  const [sealing, lastVerification] = await Promise.all([sealingStatus(), readLastVerification()]);
  return { sealing, lastVerification };
}
