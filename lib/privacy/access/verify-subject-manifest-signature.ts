import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";
import type { SignatureCheck } from "@/lib/audit/export/verify-manifest-signature";
import {
  subjectManifestSigningBytes,
  type SubjectExportManifest,
} from "@/lib/privacy/access/subject-export-manifest";

function readPublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

/**
 * Checks the signature with the public key the manifest carries, as audit export manifests are
 * checked (lib/audit/export/verify-manifest-signature.ts): it proves the manifest is unchanged
 * since signing; whether the key is the server's is a comparison of fingerprints.
 */
export function verifySubjectManifestSignature(manifest: SubjectExportManifest): SignatureCheck {
  const { signature } = manifest;
  const key = readPublicKey(signature.publicKeyPem);
  if (!key)
    return {
      isValid: false,
      fingerprint: null,
      reason: "the manifest's publicKeyPem is not an Ed25519 public key",
    };
  const fingerprint = publicKeyFingerprint(key);
  if (signature.keyFingerprint !== fingerprint)
    return {
      isValid: false,
      fingerprint,
      reason: `keyFingerprint says ${signature.keyFingerprint} but the manifest's key is ${fingerprint} (the manifest was edited)`,
    };
  const value = Buffer.from(signature.value, "base64");
  if (value.length !== 64 || !verify(null, subjectManifestSigningBytes(manifest), key, value))
    return {
      isValid: false,
      fingerprint,
      reason: "does not match the manifest's content (the manifest was edited)",
    };
  return { isValid: true, fingerprint };
}
