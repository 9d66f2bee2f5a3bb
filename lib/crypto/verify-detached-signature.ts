import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";

// The one check of a signed document's Ed25519 signature block ({ algorithm, publicKeyPem,
// keyFingerprint, value }): audit export manifests, access export manifests, erasure certificates.
// Offline: it needs the document alone. It proves the document is unchanged since signing;
// whether the key is the server's is a comparison of fingerprints (isSignedBy).

export type SignatureCheck =
  { isValid: true; fingerprint: string } | { isValid: false; fingerprint: string | null; reason: string };

export function readEd25519PublicKey(pem: unknown): KeyObject | null {
  if (typeof pem !== "string") return null;
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

/**
 * Checks `signature` over `signedBytes`. `document` names what was signed in the reasons
 * ("manifest", "certificate").
 */
export function verifyDetachedSignature(
  signature: unknown,
  signedBytes: Buffer,
  document: string,
): SignatureCheck {
  if (!signature || typeof signature !== "object")
    return { isValid: false, fingerprint: null, reason: `the ${document} has no signature` };
  const { algorithm, publicKeyPem, keyFingerprint, value } = signature as Record<string, unknown>;
  if (algorithm !== "Ed25519")
    return {
      isValid: false,
      fingerprint: null,
      reason: `unsupported algorithm ${String(algorithm)} (expected Ed25519)`,
    };
  const key = readEd25519PublicKey(publicKeyPem);
  if (!key)
    return {
      isValid: false,
      fingerprint: null,
      reason: `the ${document}'s publicKeyPem is not an Ed25519 public key`,
    };
  const fingerprint = publicKeyFingerprint(key);
  if (keyFingerprint !== fingerprint)
    return {
      isValid: false,
      fingerprint,
      reason: `keyFingerprint says ${String(keyFingerprint)} but the ${document}'s key is ${fingerprint} (the ${document} was edited)`,
    };
  const bytes = typeof value === "string" ? Buffer.from(value, "base64") : Buffer.alloc(0);
  if (bytes.length !== 64 || !verify(null, signedBytes, key, bytes))
    return {
      isValid: false,
      fingerprint,
      reason: `does not match the ${document}'s content (the ${document} was edited)`,
    };
  return { isValid: true, fingerprint };
}

/** Whether a document was signed by the expected key (PEM), by fingerprint; null when the PEM is unreadable. */
export function isSignedBy(
  fingerprint: string,
  expectedPem: string,
): { matches: boolean; expected: string } | null {
  const expected = readEd25519PublicKey(expectedPem);
  if (!expected) return null;
  const expectedFingerprint = publicKeyFingerprint(expected);
  return { matches: expectedFingerprint === fingerprint, expected: expectedFingerprint };
}
