import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { deriveKey } from "@/lib/crypto/master-key";
import { onChange } from "@/lib/cache/change-feed";
import { processSingleton } from "@/lib/process-singleton";

// Each data subject has a random 256-bit key for their personal fields in the audit trail. It is
// stored wrapped (AES-256-GCM) under a key derived from the master key. Destroying it is how a
// person is erased from the trail without touching, and so without unsealing, any event.

export type SubjectKey = { id: string; key: Buffer };

const WRAP_PURPOSE = "subject-key-wrap";

type KeyCache = { bySubject: Map<string, SubjectKey>; byId: Map<string, Buffer | null> };
const cache = processSingleton<KeyCache>("privacy.subject-keys", () => ({
  bySubject: new Map(),
  byId: new Map(),
}));
const MAX_CACHED = 50_000;

// Another process may have destroyed a key: the change feed tells every process to forget.
onChange(() => {
  cache.bySubject.clear();
  cache.byId.clear();
});

function wrap(key: Buffer, keyId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(WRAP_PURPOSE), iv);
  cipher.setAAD(Buffer.from(keyId, "utf8"));
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString("base64url")).join(".");
}

function unwrap(wrapped: string, keyId: string): Buffer {
  const [iv, tag, sealed] = wrapped.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(WRAP_PURPOSE), iv);
  decipher.setAAD(Buffer.from(keyId, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]);
}

function remember(subjectHash: string, entry: SubjectKey): SubjectKey {
  if (cache.bySubject.size >= MAX_CACHED) cache.bySubject.clear();
  if (cache.byId.size >= MAX_CACHED) cache.byId.clear();
  cache.bySubject.set(subjectHash, entry);
  cache.byId.set(entry.id, entry.key);
  return entry;
}

/** The subject's live key, created on first use. Concurrent first uses agree on one key. */
export async function subjectKeyFor(subjectHash: string): Promise<SubjectKey> {
  const cached = cache.bySubject.get(subjectHash);
  if (cached) return cached;
  const existing = await db.subjectKey.findUnique({ where: { subjectHash } });
  if (existing?.wrappedKey)
    return remember(subjectHash, { id: existing.id, key: unwrap(existing.wrappedKey, existing.id) });

  const id = `sk_${randomBytes(12).toString("base64url")}`;
  const key = randomBytes(32);
  try {
    await db.subjectKey.create({ data: { id, subjectHash, wrappedKey: wrap(key, id) } });
    return remember(subjectHash, { id, key });
  } catch (error) {
    // Another writer created it first (unique subjectHash): use theirs.
    const winner = await db.subjectKey.findUnique({ where: { subjectHash } });
    if (!winner?.wrappedKey) throw error;
    return remember(subjectHash, { id: winner.id, key: unwrap(winner.wrappedKey, winner.id) });
  }
}

/** Keys by id for decryption; null for a destroyed (or unknown) key. */
export async function subjectKeysById(ids: Iterable<string>): Promise<Map<string, Buffer | null>> {
  const result = new Map<string, Buffer | null>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    if (cache.byId.has(id)) result.set(id, cache.byId.get(id)!);
    else missing.push(id);
  }
  for (let i = 0; i < missing.length; i += 500) {
    const chunk = missing.slice(i, i + 500);
    const rows = await db.subjectKey.findMany({
      where: { id: { in: chunk } },
      select: { id: true, wrappedKey: true },
    });
    const found = new Map(
      rows.map((row) => [row.id, row.wrappedKey ? unwrap(row.wrappedKey, row.id) : null]),
    );
    for (const id of chunk) {
      const key = found.get(id) ?? null;
      result.set(id, key);
      cache.byId.set(id, key);
    }
  }
  return result;
}

/**
 * Crypto-shredding: forgets the subject's key for good. Their fields in every event, past and
 * sealed, read as erased from now on; event hashes cover the ciphertext, so the chain still
 * verifies. The row stays (without key material) under a retired name so that later events about
 * the same person get a fresh key. Returns whether a key existed.
 */
export async function destroySubjectKey(subjectHash: string): Promise<{ keyId: string } | null> {
  const existing = await db.subjectKey.findUnique({ where: { subjectHash }, select: { id: true } });
  if (!existing) return null;
  await destroySubjectKeyById(existing.id);
  return { keyId: existing.id };
}

/**
 * destroySubjectKey by key id (DataSubject.keyId, or the id a "pd1." value names), whatever the
 * key's name. Idempotent: isDestroyedNow says whether this call destroyed it; null for an unknown id.
 * Other processes forget their copy once the caller announces the change.
 */
export async function destroySubjectKeyById(keyId: string): Promise<{ isDestroyedNow: boolean } | null> {
  const existing = await db.subjectKey.findUnique({
    where: { id: keyId },
    select: { subjectHash: true, wrappedKey: true },
  });
  if (!existing) return null;
  const retiredName = `destroyed:${keyId}`;
  const isDestroyedNow = existing.wrappedKey !== null;
  if (isDestroyedNow || existing.subjectHash !== retiredName) {
    await db.subjectKey.update({
      where: { id: keyId },
      data: {
        wrappedKey: null,
        subjectHash: retiredName,
        ...(isDestroyedNow ? { destroyedAt: new Date() } : {}),
      },
    });
  }
  for (const [name, entry] of cache.bySubject) if (entry.id === keyId) cache.bySubject.delete(name);
  cache.byId.set(keyId, null);
  return { isDestroyedNow };
}
