// Security headers for every response. Pages get a nonce-based CSP (Next.js adds the nonce to
// its own scripts when it finds it in the request's CSP header); other responses a deny-all one.

export function pageContentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (Radix positioning) are allowed; inline scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Shared with next.config.mjs, which cannot import TypeScript.
export { NON_PAGE_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./static-security-headers.mjs";
