import { isSignedBy, verifyDetachedSignature } from "@/lib/crypto/verify-detached-signature";
import {
  certificateSigningBytes,
  ERASURE_CERTIFICATE_FORMAT,
  type ErasureCertificate,
} from "@/lib/privacy/erasure/erasure-certificate";

// Offline: the certificate text alone (and optionally the server's public key). No database.

export type CertificateVerification =
  | { isValid: true; fingerprint: string; certificate: ErasureCertificate; isExpectedKey: boolean | null }
  | { isValid: false; reason: string; fingerprint: string | null };

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
  const check = verifyDetachedSignature(parsed.signature, certificateSigningBytes(parsed), "certificate");
  if (!check.isValid) return check;
  const { fingerprint } = check;
  let isExpectedKey: boolean | null = null;
  if (expectedPublicKeyPem !== undefined) {
    isExpectedKey = isSignedBy(fingerprint, expectedPublicKeyPem)?.matches ?? false;
  }
  return { isValid: true, fingerprint, certificate: parsed, isExpectedKey };
}
