import {
  manifestSigningBytes,
  type ExportManifest,
  type ManifestBody,
} from "@/lib/audit/export/export-manifest";

export type ManifestSigner = {
  publicKeyPem: string;
  fingerprint: string;
  sign(bytes: Uint8Array): Buffer;
};

/** The manifest with its Ed25519 signature over canonicalJson(body); the signer supplies the key. */
export function signManifest(body: ManifestBody, signer: ManifestSigner): ExportManifest {
  const value = signer.sign(manifestSigningBytes(body)).toString("base64");
  return {
    ...body,
    signature: {
      algorithm: "Ed25519",
      keyFingerprint: signer.fingerprint,
      publicKeyPem: signer.publicKeyPem,
      value,
    },
  };
}
