import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, test } from "vitest";
import type { ManifestBody } from "@/lib/audit/export/export-manifest";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";
import { signManifest, type ManifestSigner } from "@/lib/audit/export/sign-manifest";
import { isSignedBy, verifyManifestSignature } from "@/lib/audit/export/verify-manifest-signature";

function newSigner(): ManifestSigner & { publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
    sign: (bytes) => sign(null, bytes, privateKey),
  };
}

const body: ManifestBody = {
  manifestVersion: 1,
  exportId: "exp_1",
  file: { name: "gatehouse-audit-20261122T101500Z.csv", format: "csv", sha256: "a".repeat(64), bytes: 1234 },
  rowCount: 42,
  filters: { range: "24h", category: ["auth"] },
  timeRange: { from: "2026-11-21T10:15:00.000Z", to: null },
  events: { firstId: 1, lastId: 99, snapshotMaxId: 120 },
  seals: { fromSealId: 1, toSealId: 2, sealedUpToEventId: 90, lastSealHash: "b".repeat(64), unsealedRows: 3 },
  generatedBy: { type: "user", id: "u1", label: "officer@example.test" },
  generatedAt: "2026-11-22T10:15:01.000Z",
};

describe("manifest signature", () => {
  test("a signed manifest verifies, whatever the key order it is serialised with", () => {
    const signer = newSigner();
    const manifest = signManifest(body, signer);
    expect(manifest.signature).toMatchObject({
      algorithm: "Ed25519",
      keyFingerprint: signer.fingerprint,
      publicKeyPem: signer.publicKeyPem,
    });
    expect(verifyManifestSignature(manifest)).toEqual({ isValid: true, fingerprint: signer.fingerprint });
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(manifest).reverse())));
    expect(verifyManifestSignature(reordered).isValid).toBe(true);
  });

  test("editing any field breaks it", () => {
    const manifest = signManifest(body, newSigner());
    for (const edited of [
      { ...manifest, rowCount: 41 },
      { ...manifest, file: { ...manifest.file, sha256: "c".repeat(64) } },
      { ...manifest, filters: {} },
      { ...manifest, extra: true },
    ]) {
      const check = verifyManifestSignature(edited);
      expect(check.isValid).toBe(false);
      expect(check.isValid === false && check.reason).toContain("the manifest was edited");
    }
  });

  test("re-signing with another key and keeping the old fingerprint is caught", () => {
    const original = signManifest(body, newSigner());
    const forged = signManifest({ ...body, rowCount: 1 }, newSigner());
    const check = verifyManifestSignature({
      ...forged,
      signature: { ...forged.signature, keyFingerprint: original.signature.keyFingerprint },
    });
    expect(check).toMatchObject({ isValid: false, reason: expect.stringContaining("keyFingerprint says") });
  });

  test("a garbled signature value or a missing key fails without throwing", () => {
    const manifest = signManifest(body, newSigner());
    expect(
      verifyManifestSignature({ ...manifest, signature: { ...manifest.signature, value: "AAAA" } }).isValid,
    ).toBe(false);
    expect(
      verifyManifestSignature({ ...manifest, signature: { ...manifest.signature, publicKeyPem: "nope" } })
        .isValid,
    ).toBe(false);
  });

  test("isSignedBy compares fingerprints with the expected key", () => {
    const signer = newSigner();
    const other = newSigner();
    expect(isSignedBy(signer.fingerprint, signer.publicKeyPem)).toEqual({
      matches: true,
      expected: signer.fingerprint,
    });
    expect(isSignedBy(signer.fingerprint, other.publicKeyPem)).toEqual({
      matches: false,
      expected: other.fingerprint,
    });
    expect(isSignedBy(signer.fingerprint, "not a key")).toBeNull();
  });
});
