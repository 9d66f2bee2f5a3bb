// URLs as they may be shown or audited: no user-info, and the values of query parameters that look
// like credentials masked. Pure, so the console can use it too.

export const MASK = "***";

// Names of query parameters that carry credentials in practice (api_key, access_token, sig, ...).
const SECRET_PARAM =
  /^(sig|key|code|auth|pass|pwd|jwt)$|token|secret|passw|signature|api[-_]?key|apikey|[-_]key$|credential|session|authorization/i;

export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name);
}

/** The URL with user:password@ replaced by ***@ and secret-looking query values by ***. */
export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return maskUrlsInText(url);
  }
  if (parsed.username || parsed.password) {
    parsed.username = MASK;
    parsed.password = "";
  }
  for (const name of new Set(parsed.searchParams.keys())) {
    if (isSecretParam(name)) parsed.searchParams.set(name, MASK);
  }
  // URLSearchParams re-encodes "*"; keep the mask readable.
  return parsed.toString().replaceAll("%2A%2A%2A", MASK);
}

/** The same masking over free text (error messages that quote a URL). */
export function maskUrlsInText(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, `$1${MASK}@`)
    .replace(/([?&]([^=&\s#]+)=)([^&\s#]*)/g, (match, prefix: string, name: string) =>
      isSecretParam(decodeName(name)) ? `${prefix}${MASK}` : match,
    );
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Whether a URL still carries a masked value (the console sent back what it was shown). */
export function hasMaskedParts(url: string): boolean {
  return url.includes(`${MASK}@`) || url.includes(`=${MASK}`) || url.includes("=%2A%2A%2A");
}
