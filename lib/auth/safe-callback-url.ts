/**
 * next-auth's redirect callback: where to send the browser after sign-in or sign-out. Only this
 * origin is allowed; anything else, including text that is not a URL at all (a `callbackUrl` of
 * `http://localhost:3300.evil.example/`, a mangled callback-url cookie), goes to the base URL.
 * next-auth's default parses with `new URL()` unguarded, so such input was an HTTP 500.
 */
export function safeCallbackUrl({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = parseUrl(baseUrl);
  if (!base) return baseUrl;
  // Relative paths resolve against the base; "//host" and "/\host" resolve to another origin and fall through.
  const target = parseUrl(url, base);
  return target && target.origin === base.origin ? target.href : baseUrl;
}

function parseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}
