/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Gzip in the Node process cost 6-10% of the gateway's CPU per call (bench:gateway); a reverse
  // proxy in front compresses better and off the request path.
  compress: false,
  // Native and WASM-backed packages stay as runtime requires instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "ioredis", "rate-limiter-flexible"],
  typedRoutes: false,
};

export default nextConfig;
