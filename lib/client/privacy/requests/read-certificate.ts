// The erasure certificate as the console shows it. It is read defensively: the page renders what
// arrives (named fields where it knows them, everything else generically), so a field added to the
// certificate later still shows up instead of being dropped.

export type CertificateParts = {
  format: string | null;
  body: Record<string, unknown>;
  signature: Record<string, unknown> | null;
  requestId: string | null;
  subjectId: string | null;
  keyFingerprint: string | null;
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstString(record: Record<string, unknown> | null, keys: readonly string[]): string | null {
  if (!record) return null;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value) return value;
  }
  return null;
}

/** { body, signature }, or a flat certificate whose fields (but "signature") are the body. */
export function readCertificate(value: unknown): CertificateParts {
  const root = isRecord(value) ? value : {};
  const nested = isRecord(root.body) ? root.body : isRecord(root.certificate) ? root.certificate : null;
  const signature = isRecord(root.signature) ? root.signature : null;
  // A flat certificate signs everything but its "signature" field, which is shown on its own.
  const body = nested ?? Object.fromEntries(Object.entries(root).filter(([key]) => key !== "signature"));
  return {
    format: firstString(body, ["format"]) ?? firstString(root, ["format"]),
    body,
    signature,
    requestId: firstString(body, ["requestId", "request_id", "id"]),
    subjectId: firstString(body, ["subjectId", "subjectPseudonym", "subject"]),
    keyFingerprint: firstString(signature, ["keyFingerprint", "fingerprint", "keyId"]),
  };
}

/** "rowsErased" → "Rows erased", "audit_events" → "Audit events". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return sentence.replace(/\b(api|ip|id|pem)\b/gi, (word) => word.toUpperCase());
}

/** A record whose values are all numbers: a table of counts. */
export function isCountTable(value: unknown): value is Record<string, number> {
  return (
    isRecord(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((v) => typeof v === "number")
  );
}

/** An array of flat objects: a table with one column per key. */
export function isRowTable(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}

/** The columns of a row table, in first-seen order. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Whether a string is an ISO timestamp (shown as a local date and time, with the exact value kept). */
export function isTimestamp(value: unknown): value is string {
  return typeof value === "string" && ISO_TIMESTAMP.test(value);
}
