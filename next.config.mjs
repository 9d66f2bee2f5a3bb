import {
  NON_PAGE_CONTENT_SECURITY_POLICY,
  staticSecurityHeaders,
} from "./lib/http/static-security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Gzip in the Node process cost 6-10% of the gateway's CPU per call (bench:gateway); a reverse
  // proxy in front compresses better and off the request path.
  compress: false,
  // Native and WASM-backed packages stay as runtime requires instead of being bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "ioredis",
    "rate-limiter-flexible",
  ],
  typedRoutes: false,
  // The proxy (proxy.ts) sets security headers on everything it runs for; it skips built assets
  // for speed, so they get the same static headers here. `next build` runs in production mode.
  async headers() {
    const headers = {
      ...staticSecurityHeaders(process.env.NODE_ENV !== "development"),
      "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
    };
    const list = Object.entries(headers).map(([key, value]) => ({ key, value }));
    return [
      { source: "/_next/static/:path*", headers: list },
      { source: "/_next/image", headers: list },
    ];
  },
};

export default nextConfig;
