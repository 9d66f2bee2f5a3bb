import { canonicalJson } from "@/lib/audit/canonical-json";

// The signed record of one erasure: what was erased or anonymized (row counts per kind), what was
// kept and on what ground, who handled the request, when, and the audit chain's last seal at
// execution. Nothing personal: user ids and the subject's pseudonym only. Signed like an audit
// export manifest (Ed25519 over canonicalJson of everything but "signature", with the server's
// key), so anyone can check it offline (verify-erasure-certificate.ts).

export const ERASURE_CERTIFICATE_FORMAT = "gatehouse-erasure-certificate-v1";

export type ErasedCounts = {
  /** events naming the person, kept as ciphertext under a destroyed key */
  auditEventsUnreadable: number;
  /** of those, legacy rows rewritten (keyed hashes dropped, ip / user agent re-encrypted) first */
  legacyEventsRedacted: number;
  identifiersDeleted: number;
  vaultTokensDeleted: number;
  accountsScrubbed: number;
  sessionsEnded: number;
  rolesRemoved: number;
  apiKeysRevoked: number;
  exportsDeleted: number;
  auditExportsScrubbed: number;
  requestsAnonymized: number;
  legalHoldsAnonymized: number;
  subjectKeysDestroyed: number;
};

export type KeptItem = { kind: string; count: number; form: string; ground: string };

export type ErasureCertificateBody = {
  format: typeof ERASURE_CERTIFICATE_FORMAT;
  requestId: string;
  /** the pseudonym; null when the request named no one Gatehouse knows */
  subjectId: string | null;
  erased: ErasedCounts;
  kept: KeptItem[];
  /** user ids (never emails) of whoever received, verified, approved and executed the request */
  people: {
    receivedById: string | null;
    verifiedById: string | null;
    approvedById: string | null;
    executedById: string | null;
  };
  timestamps: {
    receivedAt: string;
    verifiedAt: string | null;
    approvedAt: string | null;
    executedAt: string | null;
    completedAt: string;
  };
  /** the newest seal when the erasure ran: the chain up to it is unchanged by the erasure */
  auditChain: { lastSealId: number | null; lastSealHash: string | null; sealedThroughEventId: number | null };
};

export type CertificateSignature = {
  algorithm: "Ed25519";
  keyFingerprint: string;
  publicKeyPem: string;
  value: string;
};

export type ErasureCertificate = ErasureCertificateBody & { signature: CertificateSignature };

/** Exactly the bytes the signature covers: canonical JSON of the certificate without "signature". */
export function certificateSigningBytes(certificate: Record<string, unknown>): Buffer {
  const body: Record<string, unknown> = { ...certificate };
  delete body.signature;
  return Buffer.from(canonicalJson(body), "utf8");
}

export type CertificateSigner = {
  publicKeyPem: string;
  fingerprint: string;
  sign(bytes: Uint8Array): Buffer;
};

/** The certificate with its Ed25519 signature over certificateSigningBytes; the signer supplies the key. */
export function signCertificate(body: ErasureCertificateBody, signer: CertificateSigner): ErasureCertificate {
  return {
    ...body,
    signature: {
      algorithm: "Ed25519",
      keyFingerprint: signer.fingerprint,
      publicKeyPem: signer.publicKeyPem,
      value: signer.sign(certificateSigningBytes(body)).toString("base64"),
    },
  };
}
