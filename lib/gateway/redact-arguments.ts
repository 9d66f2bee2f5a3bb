// Argument values under keys that look like secrets are replaced before auditing. Personal
// data is handled by the audit write path: arguments naming a person (an email address) are
// encrypted under that person's subject key (lib/audit/prepare-audit-row.ts).
const SECRET_KEY =
  /pass(word|phrase)?|secret|token|api[-_]?key|auth(orization)?|credential|private[-_]?key|cookie|session|signature/i;
const MAX_DEPTH = 8;
const MAX_STRING = 2000;

export function redactArguments(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return "[truncated]";
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => redactArguments(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        SECRET_KEY.test(key) ? "[redacted]" : redactArguments(v, depth + 1),
      ]),
    );
  }
  if (typeof value === "string" && value.length > MAX_STRING)
    return `${value.slice(0, MAX_STRING)}…[${value.length} chars]`;
  return value;
}
