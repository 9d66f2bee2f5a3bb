import "server-only";
import { onChange } from "@/lib/cache/change-feed";
import { processSingleton } from "@/lib/process-singleton";

// Which subject an identifier hash names, and each subject's key id: the gateway asks on every call
// about a person, so a warm answer comes from memory. Subjects only gain identifiers; the cache is
// dropped when the "privacy" topic announces anything else (an erasure, a deletion).

export type SubjectRef = { id: string; keyId: string };

type RefCache = { byIdentifier: Map<string, SubjectRef>; byId: Map<string, SubjectRef> };
const cache = processSingleton<RefCache>("privacy.subject-refs", () => {
  const created: RefCache = { byIdentifier: new Map(), byId: new Map() };
  onChange(() => {
    created.byIdentifier.clear();
    created.byId.clear();
  }, "privacy");
  return created;
});
const MAX_CACHED = 50_000;

function identifierKey(kind: string, hash: string): string {
  return `${kind}:${hash}`;
}

export function cachedByIdentifier(kind: string, hash: string): SubjectRef | undefined {
  return cache.byIdentifier.get(identifierKey(kind, hash));
}

export function cachedById(id: string): SubjectRef | undefined {
  return cache.byId.get(id);
}

/** Remembers a subject, under an identifier when one is given; a full cache starts over (bounded). */
export function rememberSubject(ref: SubjectRef, identifier?: { kind: string; hash: string }): SubjectRef {
  if (cache.byIdentifier.size >= MAX_CACHED) cache.byIdentifier.clear();
  if (cache.byId.size >= MAX_CACHED) cache.byId.clear();
  const entry = { id: ref.id, keyId: ref.keyId };
  cache.byId.set(entry.id, entry);
  if (identifier) cache.byIdentifier.set(identifierKey(identifier.kind, identifier.hash), entry);
  return entry;
}
