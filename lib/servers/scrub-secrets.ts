// Upstream errors may quote what the upstream saw or printed: its environment (a stdio child's
// stderr), its headers, its URL. Everything recorded or shown about a connection passes through
// here first, so configured secret values and URL credentials never leave in an error.
import { maskUrl, maskUrlsInText, isSecretParam, MASK } from "@/lib/servers/mask-url";
import type { Connection } from "@/lib/servers/schemas";

const REDACTED = "[redacted]";
/** Shorter values ("1", "yes") are too common to scrub without mangling the sentence. */
const MIN_SECRET_LENGTH = 4;

/** The configured values that must never appear in an error: env and header values, URL credentials. */
export function secretValuesOf(connection: Connection): string[] {
  const values: string[] = [];
  const map = connection.transport === "stdio" ? connection.env : connection.headers;
  for (const value of Object.values(map ?? {})) {
    values.push(value);
    // "Bearer abc…": the token alone may be echoed too.
    values.push(...value.split(/\s+/).filter((part) => part.length >= 8));
  }
  if (connection.transport !== "stdio") {
    try {
      const url = new URL(connection.url);
      values.push(decodeURIComponent(url.username), decodeURIComponent(url.password));
      for (const [name, value] of url.searchParams) if (isSecretParam(name)) values.push(value);
    } catch {
      // not a URL: nothing to take from it
    }
  }
  return [...new Set(values.filter((value) => value.length >= MIN_SECRET_LENGTH && value !== MASK))].sort(
    (a, b) => b.length - a.length,
  );
}

/** Text with every given secret (as typed and URL-encoded) replaced, and URL credentials masked. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) {
    scrubbed = scrubbed.replaceAll(secret, REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) scrubbed = scrubbed.replaceAll(encoded, REDACTED);
  }
  return maskUrlsInText(scrubbed);
}

/** How a connection is named in messages: the masked URL, or the command. */
export function connectionLabel(connection: Connection): string {
  return connection.transport === "stdio" ? `the command ${connection.command}` : maskUrl(connection.url);
}
