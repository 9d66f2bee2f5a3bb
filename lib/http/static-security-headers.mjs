// Security headers that do not depend on the request. Plain JavaScript so that next.config.mjs
// can apply them too (to /_next/static, which the proxy skips); types in the .d.mts beside it.

export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** @param {boolean} isProduction */
export function staticSecurityHeaders(isProduction) {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "geolocation=(), microphone=(), camera=()",
    ...(isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
