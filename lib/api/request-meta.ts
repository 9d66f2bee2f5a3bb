import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { resolveClientAddress } from "@/lib/http/client-address";
import type { RequestMeta } from "@/lib/audit/audit-event-types";

type HeaderGetter = { get(name: string): string | null };
type HeaderSource = HeaderGetter | Record<string, string | string[] | undefined>;

function isHeaderGetter(headers: HeaderSource): headers is HeaderGetter {
  return typeof headers.get === "function";
}

function readHeader(headers: HeaderSource, name: string): string | null {
  if (isHeaderGetter(headers)) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is well formed, otherwise a new one. */
export function correlationIdFrom(headers: HeaderSource): string {
  const incoming = readHeader(headers, "x-correlation-id");
  return incoming && CORRELATION_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

// scripts/server.mjs (what `npm start` runs) puts the TCP peer of each request into a header
// whose name it draws at random per process and publishes here; it deletes any incoming copy.
// Route handlers see only headers, and Next.js sets X-Forwarded-For only when a client has not,
// so this is the one way for them to learn the socket peer.
const socketPeer = globalThis as unknown as { gatehouseSocketPeerHeader?: string };

/**
 * The client's address (lib/http/client-address.ts): the socket peer, or behind TRUSTED_PROXIES
 * the right-most untrusted X-Forwarded-For hop; always a canonical IP address or null. Null, too,
 * when the process was not started through scripts/server.mjs (`next dev`, `next start`): the
 * peer is unknown there and X-Forwarded-For is whatever the client sent.
 */
export function clientIpFrom(headers: HeaderSource): string | null {
  const peerHeader = socketPeer.gatehouseSocketPeerHeader;
  if (!peerHeader) return null;
  return resolveClientAddress({
    peer: readAll(headers, peerHeader),
    forwardedFor: readAll(headers, "x-forwarded-for"),
    trusted: env.TRUSTED_PROXIES,
  });
}

/** Every value of a header, joined with "," as HTTP says repeated headers mean. */
function readAll(headers: HeaderSource, name: string): string | null {
  // Headers.get() already joins repeated headers with ", ".
  if (isHeaderGetter(headers)) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

export function requestMetaFrom(headers: HeaderSource, correlationId?: string): RequestMeta {
  return {
    ip: clientIpFrom(headers),
    userAgent: readHeader(headers, "user-agent"),
    correlationId: correlationId ?? correlationIdFrom(headers),
  };
}
