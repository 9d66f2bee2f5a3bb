import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, test } from "vitest";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";
import {
  signCertificate,
  type CertificateSigner,
  type ErasureCertificateBody,
} from "@/lib/privacy/erasure/erasure-certificate";
import { verifyErasureCertificate } from "@/lib/privacy/erasure/verify-erasure-certificate";

function newSigner(): CertificateSigner {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
    sign: (bytes) => sign(null, bytes, privateKey),
  };
}

const body: ErasureCertificateBody = {
  format: "gatehouse-erasure-certificate-v1",
  requestId: "dsr_abcdefghijklmnop",
  subjectId: "ds_abcdefghijklmnop",
  erased: {
    auditEventsUnreadable: 1003,
    legacyEventsRedacted: 2,
    identifiersDeleted: 2,
    vaultTokensDeleted: 3,
    accountsScrubbed: 1,
    sessionsEnded: 1,
    rolesRemoved: 1,
    apiKeysRevoked: 1,
    exportsDeleted: 1,
    auditExportsScrubbed: 0,
    requestsAnonymized: 1,
    legalHoldsAnonymized: 0,
    subjectKeysDestroyed: 1,
  },
  kept: [
    {
      kind: "audit_events",
      count: 1003,
      form: "ciphertext",
      ground: "legal obligation (GDPR Art. 17(3)(b))",
    },
  ],
  people: { receivedById: "u1", verifiedById: "u1", approvedById: "u2", executedById: "u2" },
  timestamps: {
    receivedAt: "2026-12-01T10:00:00.000Z",
    verifiedAt: "2026-12-01T11:00:00.000Z",
    approvedAt: "2026-12-02T09:00:00.000Z",
    executedAt: "2026-12-02T09:05:00.000Z",
    completedAt: "2026-12-02T09:05:02.000Z",
  },
  auditChain: { lastSealId: 7, lastSealHash: "c".repeat(64), sealedThroughEventId: 990 },
};

describe("erasure certificate signature", () => {
  test("a signed certificate verifies, whatever its whitespace and key order", () => {
    const signer = newSigner();
    const certificate = signCertificate(body, signer);
    expect(verifyErasureCertificate(JSON.stringify(certificate, null, 2))).toMatchObject({
      isValid: true,
      fingerprint: signer.fingerprint,
      isExpectedKey: null,
    });
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(certificate).reverse()));
    expect(verifyErasureCertificate(reordered).isValid).toBe(true);
  });

  test("any edited field breaks it", () => {
    const certificate = signCertificate(body, newSigner());
    const edits = [
      { ...certificate, erased: { ...certificate.erased, accountsScrubbed: 0 } },
      { ...certificate, people: { ...certificate.people, approvedById: "u1" } },
      { ...certificate, auditChain: { ...certificate.auditChain, lastSealId: 6 } },
      { ...certificate, kept: [] },
    ];
    for (const edited of edits)
      expect(verifyErasureCertificate(JSON.stringify(edited))).toMatchObject({ isValid: false });
  });

  test("a certificate re-signed with another key keeps a valid signature, but not the expected key", () => {
    const server = newSigner();
    const forged = signCertificate({ ...body, subjectId: "ds_someoneelse0000" }, newSigner());
    expect(verifyErasureCertificate(JSON.stringify(forged), server.publicKeyPem)).toMatchObject({
      isValid: true,
      isExpectedKey: false,
    });
    const genuine = signCertificate(body, server);
    expect(verifyErasureCertificate(JSON.stringify(genuine), server.publicKeyPem)).toMatchObject({
      isExpectedKey: true,
    });
  });

  test("a swapped key or fingerprint, a missing signature and other formats are refused", () => {
    const certificate = signCertificate(body, newSigner());
    const other = newSigner();
    const cases = [
      { ...certificate, signature: { ...certificate.signature, publicKeyPem: other.publicKeyPem } },
      { ...certificate, signature: { ...certificate.signature, keyFingerprint: other.fingerprint } },
      { ...certificate, signature: { ...certificate.signature, algorithm: "RSA" } },
      { ...body },
      { ...certificate, format: "gatehouse-erasure-certificate-v0" },
    ];
    for (const value of cases)
      expect(verifyErasureCertificate(JSON.stringify(value))).toMatchObject({ isValid: false });
    expect(verifyErasureCertificate("not json")).toMatchObject({ isValid: false, reason: "not JSON" });
    expect(verifyErasureCertificate("[1]")).toMatchObject({ isValid: false });
  });
});
