import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { manifestSigningBytes, type ExportManifest } from "@/lib/audit/export/export-manifest";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";

export type SignatureCheck =
  { isValid: true; fingerprint: string } | { isValid: false; fingerprint: string | null; reason: string };

function readPublicKey(pem: unknown): KeyObject | null {
  if (typeof pem !== "string") return null;
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

/**
 * Checks the manifest's signature with the public key it carries. That proves the manifest was not
 * edited since signing; whether the key is the server's is a separate question (compare
 * fingerprints, or pass the server's key to checkSigningKey).
 */
export function verifyManifestSignature(manifest: ExportManifest): SignatureCheck {
  const signature = manifest.signature as Partial<ExportManifest["signature"]> | undefined;
  if (!signature || typeof signature !== "object")
    return { isValid: false, fingerprint: null, reason: "the manifest has no signature" };
  if (signature.algorithm !== "Ed25519")
    return {
      isValid: false,
      fingerprint: null,
      reason: `unsupported algorithm ${String(signature.algorithm)} (expected Ed25519)`,
    };
  const key = readPublicKey(signature.publicKeyPem);
  if (!key)
    return {
      isValid: false,
      fingerprint: null,
      reason: "the manifest's publicKeyPem is not an Ed25519 public key",
    };
  const fingerprint = publicKeyFingerprint(key);
  if (signature.keyFingerprint !== fingerprint) {
    return {
      isValid: false,
      fingerprint,
      reason: `keyFingerprint says ${String(signature.keyFingerprint)} but the manifest's key is ${fingerprint} (the manifest was edited)`,
    };
  }
  const value =
    typeof signature.value === "string" ? Buffer.from(signature.value, "base64") : Buffer.alloc(0);
  if (value.length !== 64 || !verify(null, manifestSigningBytes(manifest), key, value)) {
    return {
      isValid: false,
      fingerprint,
      reason: "does not match the manifest's content (the manifest was edited)",
    };
  }
  return { isValid: true, fingerprint };
}

/** Whether the manifest was signed by the expected key (PEM), by fingerprint; null when the PEM is unreadable. */
export function isSignedBy(
  manifestFingerprint: string,
  expectedPem: string,
): { matches: boolean; expected: string } | null {
  const expected = readPublicKey(expectedPem);
  if (!expected) return null;
  const expectedFingerprint = publicKeyFingerprint(expected);
  return { matches: expectedFingerprint === manifestFingerprint, expected: expectedFingerprint };
}
