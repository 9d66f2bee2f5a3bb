import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";
import {
  certificateSigningBytes,
  ERASURE_CERTIFICATE_FORMAT,
  type ErasureCertificate,
} from "@/lib/privacy/erasure/erasure-certificate";

// Offline: the certificate text alone (and optionally the server's public key). No database.

export type CertificateVerification =
  | { isValid: true; fingerprint: string; certificate: ErasureCertificate; isExpectedKey: boolean | null }
  | { isValid: false; reason: string; fingerprint: string | null };

function readPublicKey(pem: unknown): KeyObject | null {
  if (typeof pem !== "string") return null;
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCertificate(value: Record<string, unknown>): value is ErasureCertificate {
  return (
    value.format === ERASURE_CERTIFICATE_FORMAT &&
    typeof value.requestId === "string" &&
    isRecord(value.erased) &&
    Array.isArray(value.kept) &&
    isRecord(value.people) &&
    isRecord(value.timestamps) &&
    isRecord(value.auditChain)
  );
}

/**
 * Checks an erasure certificate's signature with the public key it carries: that proves it was
 * not edited since it was signed. Pass the server's public key (PEM) to check also whose key that
 * is (isExpectedKey); without it isExpectedKey is null.
 */
export function verifyErasureCertificate(
  text: string,
  expectedPublicKeyPem?: string,
): CertificateVerification {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { isValid: false, fingerprint: null, reason: "not JSON" };
  }
  if (!isRecord(parsed)) return { isValid: false, fingerprint: null, reason: "not a JSON object" };
  if (!isCertificate(parsed))
    return { isValid: false, fingerprint: null, reason: `not a ${ERASURE_CERTIFICATE_FORMAT} certificate` };
  const signature: unknown = parsed.signature;
  if (!isRecord(signature))
    return { isValid: false, fingerprint: null, reason: "the certificate has no signature" };
  if (signature.algorithm !== "Ed25519")
    return {
      isValid: false,
      fingerprint: null,
      reason: `unsupported algorithm ${String(signature.algorithm)} (expected Ed25519)`,
    };
  const key = readPublicKey(signature.publicKeyPem);
  if (!key) return { isValid: false, fingerprint: null, reason: "publicKeyPem is not an Ed25519 public key" };
  const fingerprint = publicKeyFingerprint(key);
  if (signature.keyFingerprint !== fingerprint)
    return {
      isValid: false,
      fingerprint,
      reason: `keyFingerprint says ${String(signature.keyFingerprint)} but the certificate's key is ${fingerprint} (the certificate was edited)`,
    };
  const value =
    typeof signature.value === "string" ? Buffer.from(signature.value, "base64") : Buffer.alloc(0);
  if (value.length !== 64 || !verify(null, certificateSigningBytes(parsed), key, value))
    return {
      isValid: false,
      fingerprint,
      reason: "the signature does not match the certificate's content (the certificate was edited)",
    };
  let isExpectedKey: boolean | null = null;
  if (expectedPublicKeyPem !== undefined) {
    const expected = readPublicKey(expectedPublicKeyPem);
    isExpectedKey = expected !== null && publicKeyFingerprint(expected) === fingerprint;
  }
  return { isValid: true, fingerprint, certificate: parsed, isExpectedKey };
}
