import "server-only";
import { createHmac } from "node:crypto";
import { deriveKey } from "@/lib/crypto/master-key";

let indexKey: Buffer | undefined;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Keyed hash of a person's email: the audit trail indexes and searches people by this, never by
 * plaintext. Keyed (HMAC under a master-derived key) so that it cannot be reversed by hashing
 * a list of known addresses without the server's secret.
 */
export function subjectHashOf(email: string): string {
  return keyedIndexHash(normalizeEmail(email));
}

/**
 * Keyed hash (HMAC-SHA256 under the same index key as subjectHashOf) of an already normalized
 * text, for identifiers other than email. Callers prefix the text with its kind so that values of
 * different kinds never share a hash.
 */
export function keyedIndexHash(text: string): string {
  indexKey ??= deriveKey("subject-index");
  return createHmac("sha256", indexKey).update(text, "utf8").digest("hex");
}

/** "jane.doe@example.com" -> "j***@example.com", for showing which person something is about. */
export function maskEmail(email: string): string {
  const [local, domain] = normalizeEmail(email).split("@");
  return domain === undefined ? `${local.slice(0, 1)}***` : `${local.slice(0, 1)}***@${domain}`;
}
