import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deriveKey } from "@/lib/crypto/master-key";

// Each export file has its own random key, stored wrapped (AES-256-GCM) under a key derived from
// the master key, bound to the export's id, as subject keys are (lib/privacy/subject-keys.ts).
// Deleting the export forgets the wrapped key, so a copy of the file left on a disk stays closed.

const WRAP_PURPOSE = "subject-export-key-wrap";

export function newExportKey(): Buffer {
  return randomBytes(32);
}

export function wrapExportKey(key: Buffer, exportId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(WRAP_PURPOSE), iv);
  cipher.setAAD(Buffer.from(exportId, "utf8"));
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString("base64url")).join(".");
}

export function unwrapExportKey(wrapped: string, exportId: string): Buffer {
  const [iv, tag, sealed] = wrapped.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(WRAP_PURPOSE), iv);
  decipher.setAAD(Buffer.from(exportId, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]);
}
