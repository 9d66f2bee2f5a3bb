// Client-safe: no server imports. The database stores a key's prefix without the "ghk_" marker the
// token starts with; people see it with the marker, so it can be matched against a token they hold.

/** A stored key prefix as shown everywhere: "ghk_<prefix>". */
export function keyLabel(prefix: string): string {
  return `ghk_${prefix}`;
}

/** A key named for people in audit actors and access views: "<name> (ghk_<prefix>)". */
export function namedKeyLabel(key: { name: string; prefix: string }): string {
  return `${key.name} (${keyLabel(key.prefix)})`;
}
