import "server-only";
import { createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import { deriveKey } from "@/lib/crypto/master-key";
import { publicKeyFingerprint } from "@/lib/crypto/key-fingerprint";

// The server's Ed25519 signing key, for export manifests. Derived from the master key rather than
// stored: every replica sharing GATEHOUSE_SECRET signs with the same key, and nothing new needs
// backing up. Rotating the master key rotates this key (old manifests keep their public key inside).

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

type SigningKeys = { privateKey: KeyObject; publicKey: KeyObject; publicKeyPem: string; fingerprint: string };

let cached: SigningKeys | undefined;

function signingKeys(): SigningKeys {
  if (!cached) {
    const seed = deriveKey("audit-signing-ed25519");
    const privateKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: "der",
      type: "pkcs8",
    });
    const publicKey = createPublicKey(privateKey);
    const publicKeyPem = publicKey.export({ format: "pem", type: "spki" }).toString();
    cached = { privateKey, publicKey, publicKeyPem, fingerprint: publicKeyFingerprint(publicKey) };
  }
  return cached;
}

/** The public half, PEM (SPKI), for anyone who wants to check a manifest. */
export function signingPublicKeyPem(): string {
  return signingKeys().publicKeyPem;
}

/** "ed25519:<first 16 hex of sha256(SPKI DER)>": short enough to read out, to compare with a manifest's. */
export function signingKeyFingerprint(): string {
  return signingKeys().fingerprint;
}

/** An Ed25519 signature over the bytes (Ed25519 hashes internally: no digest algorithm). */
export function signDetached(bytes: Uint8Array): Buffer {
  return sign(null, bytes, signingKeys().privateKey);
}
