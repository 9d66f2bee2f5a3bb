import { createHash, createPublicKey, type KeyObject } from "node:crypto";

/**
 * "ed25519:<first 16 hex of sha256(SPKI DER)>" for an Ed25519 public key (KeyObject or PEM). Shared
 * by the server and the offline verifier, so both print the same text for the same key.
 */
export function publicKeyFingerprint(key: KeyObject | string): string {
  const keyObject = typeof key === "string" ? createPublicKey(key) : key;
  const der = keyObject.export({ format: "der", type: "spki" });
  return `ed25519:${createHash("sha256").update(der).digest("hex").slice(0, 16)}`;
}
