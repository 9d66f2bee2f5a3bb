import { randomUUID } from "node:crypto";
import type { RequestMeta } from "@/lib/audit/record-event";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

const CORRELATION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is well formed, otherwise a new one. */
export function correlationIdFrom(headers: HeaderSource): string {
  const incoming = readHeader(headers, "x-correlation-id");
  return incoming && CORRELATION_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

/**
 * Client address as `next start` reports it: Next sets X-Forwarded-For to the socket address
 * unless a proxy in front already set it, so behind a proxy this is the proxy's view.
 */
export function clientIpFrom(headers: HeaderSource): string | null {
  const forwarded = readHeader(headers, "x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  return first ? first.replace(/^::ffff:/, "").slice(0, 64) : null;
}

export function requestMetaFrom(headers: HeaderSource, correlationId?: string): RequestMeta {
  return {
    ip: clientIpFrom(headers),
    userAgent: readHeader(headers, "user-agent"),
    correlationId: correlationId ?? correlationIdFrom(headers),
  };
}
