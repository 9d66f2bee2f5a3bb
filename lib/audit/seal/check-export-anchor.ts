import "server-only";
import { db } from "@/lib/db";
import { signingKeyFingerprint } from "@/lib/crypto/signing-key";
import { verifyManifestSignature } from "@/lib/audit/export/verify-manifest-signature";
import type { ExportManifest } from "@/lib/audit/export/export-manifest";

export type AnchorCheck =
  | { status: "held"; sealId: number }
  | { status: "broken"; message: string }
  | { status: "unusable"; message: string };

/**
 * A signed export manifest held outside the database is an anchor: it names the last seal its
 * rows were covered by, with that seal's hash. The chain alone cannot show that its newest seals
 * were deleted (the sealer would simply seal those events again); a seal that an earlier export
 * saw, and that is now gone or different, shows exactly that.
 */
export async function checkExportAnchor(manifest: ExportManifest): Promise<AnchorCheck> {
  const signature = verifyManifestSignature(manifest);
  if (!signature.isValid) return { status: "unusable", message: `its signature ${signature.reason}` };
  if (signature.fingerprint !== signingKeyFingerprint()) {
    return {
      status: "unusable",
      message: `it was signed by ${signature.fingerprint}, not by this server's key ${signingKeyFingerprint()}`,
    };
  }
  const { toSealId, lastSealHash } = manifest.seals;
  if (toSealId === null || lastSealHash === null)
    return { status: "unusable", message: "its rows were not sealed yet when it was made" };
  const seal = await db.auditSeal.findUnique({ where: { id: toSealId }, select: { hash: true } });
  const made = `export ${manifest.exportId} (${manifest.generatedAt})`;
  if (!seal)
    return {
      status: "broken",
      message: `seal ${toSealId}, seen by ${made}, is gone: the chain was cut after that export`,
    };
  if (seal.hash !== lastSealHash)
    return {
      status: "broken",
      message: `seal ${toSealId} is not the one ${made} saw: the chain was rewritten after that export`,
    };
  return { status: "held", sealId: toSealId };
}
