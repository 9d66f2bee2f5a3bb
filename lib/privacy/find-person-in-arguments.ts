// The first email address found in tool-call arguments, if any. An email is the identifier that
// lets the trail tie arguments to a person (and so encrypt them under that person's key); other
// personal data detection belongs to the privacy work.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const MAX_DEPTH = 8;

export function findEmailInArguments(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof value === "string") return EMAIL.exec(value)?.[0] ?? null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findEmailInArguments(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") return findEmailInArguments(Object.values(value), depth + 1);
  return null;
}
