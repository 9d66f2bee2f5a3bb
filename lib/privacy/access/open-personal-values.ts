import "server-only";
import { decryptPersonal, isPersonalCiphertext, keyIdOf } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";
import type { ExportRow } from "@/lib/privacy/access/export-sections";

function collectKeyIds(value: unknown, ids: Set<string>): void {
  if (typeof value === "string") {
    if (isPersonalCiphertext(value)) ids.add(keyIdOf(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collectKeyIds(item, ids);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) collectKeyIds(item, ids);
  }
}

type Keys = Map<string, Buffer | null>;

/** The value with its "pd1." strings decrypted; the same object when it holds none. */
function open(value: unknown, keys: Keys): unknown {
  if (typeof value === "string") {
    if (!isPersonalCiphertext(value)) return value;
    try {
      return decryptPersonal(value, keys.get(keyIdOf(value)) ?? null);
    } catch {
      return "[unreadable]";
    }
  }
  if (value === null || typeof value !== "object") return value;
  const ids = new Set<string>();
  collectKeyIds(value, ids);
  if (ids.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => open(item, keys));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, open(v, keys)]));
}

function openRecord(record: ExportRow, keys: Keys): ExportRow {
  let opened: ExportRow | null = null;
  for (const [column, value] of Object.entries(record)) {
    const next = open(value, keys);
    if (next !== value) (opened ??= { ...record })[column] = next;
  }
  return opened ?? record;
}

/**
 * The records with every "pd1." value left in them decrypted, wherever it sits (ip and user agent
 * of events, a request's verification reference): the event view opens the fields it knows, and
 * an access export must hand over whatever else is readable. Keys come in one query per batch;
 * records without ciphertext are passed through as they are.
 */
export async function openPersonalValues(records: ExportRow[]): Promise<ExportRow[]> {
  const ids = new Set<string>();
  collectKeyIds(records, ids);
  if (ids.size === 0) return records;
  const keys = await subjectKeysById(ids);
  return records.map((record) => openRecord(record, keys));
}
