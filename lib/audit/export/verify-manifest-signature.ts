import { manifestSigningBytes, type ExportManifest } from "@/lib/audit/export/export-manifest";
import { verifyDetachedSignature, type SignatureCheck } from "@/lib/crypto/verify-detached-signature";

export type { SignatureCheck } from "@/lib/crypto/verify-detached-signature";
export { isSignedBy } from "@/lib/crypto/verify-detached-signature";

/**
 * Checks the manifest's signature with the public key it carries. That proves the manifest was not
 * edited since signing; whether the key is the server's is a separate question (compare
 * fingerprints, or pass the server's key to checkSigningKey).
 */
export function verifyManifestSignature(manifest: ExportManifest): SignatureCheck {
  return verifyDetachedSignature(manifest.signature, manifestSigningBytes(manifest), "manifest");
}
