/**
 * Text for a LIKE pattern that matches itself only: %, _ and the escape character itself are
 * escaped with a backslash. Use with `ESCAPE '\'` (SQLite has no default escape character).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
