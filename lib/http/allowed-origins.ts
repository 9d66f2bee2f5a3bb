// Which browser origins may send us state-changing requests (cookie-authenticated writes) and
// MCP requests: the origin of PUBLIC_URL, its loopback aliases when it is a loopback URL (the
// README says localhost, people type 127.0.0.1, both are this machine), and ALLOWED_ORIGINS.
// Never the origin the request's own Host header implies: under DNS rebinding an attacker's name
// resolves to us and Host and Origin agree with each other.
import { env } from "@/lib/env";

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** The allowed origins for this public URL and extra origins (pure; unit tested). */
export function allowedOriginsFor(publicUrl: URL, extraOrigins: readonly string[]): Set<string> {
  const origins = new Set([publicUrl.origin, ...extraOrigins]);
  if (LOOPBACK_HOSTS.includes(publicUrl.hostname)) {
    for (const host of LOOPBACK_HOSTS) {
      const alias = new URL(publicUrl.origin);
      alias.hostname = host;
      origins.add(alias.origin);
    }
  }
  return origins;
}

let configured: Set<string> | undefined;

/** Whether an Origin header names an origin allowed by PUBLIC_URL and ALLOWED_ORIGINS. */
export function isAllowedOrigin(origin: string): boolean {
  configured ??= allowedOriginsFor(env.publicUrl, env.ALLOWED_ORIGINS);
  return configured.has(origin);
}
