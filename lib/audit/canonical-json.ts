// JSON with object keys sorted at every level, so that the same value always hashes the same (audit
// event and seal hashes, export manifests, tool-definition hashes); Dates as ISO strings:
// PostgreSQL's jsonb reorders keys, SQLite keeps them as written. Written out directly rather
// than by building sorted copies: every audit event is hashed on the write path.
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

function write(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? "null").join(",")}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const text = write((value as Record<string, unknown>)[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(",")}}`;
}
