/**
 * A post-sign-in destination that stays on this site: only a relative path starting with a single
 * "/" (not "//" or "/\", which browsers read as another host). Anything else becomes "/".
 */
export function safeCallbackUrl(value: string | null | undefined, origin?: string): string {
  if (!value) return "/";
  let candidate = value;
  // next-auth sometimes hands back an absolute URL on our own origin.
  if (origin && candidate.startsWith(origin + "/")) candidate = candidate.slice(origin.length);
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if ([...candidate].some((c) => c.charCodeAt(0) < 0x20)) return "/";
  if (candidate === "/sign-in" || candidate.startsWith("/sign-in?")) return "/";
  return candidate;
}
