import { setMaxListeners } from "node:events";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import { upstreamTraceparent } from "@/lib/telemetry/call-trace";

// Each in-flight call holds one listener on the session's signal until it ends, so concurrent
// calls legitimately exceed Node's default warning threshold of 10.
const raisedLimit = new WeakSet<AbortSignal>();

/**
 * The SDK's HTTP client transports hand every fetch the session's one AbortSignal; on a
 * long-lived upstream connection undici's listeners on it pile up (thousands after a benchmark,
 * freed only by GC). Each request gets its own signal, linked to the session's for the call only.
 */
export const fetchWithOwnSignal: FetchLike = async (url, givenInit) => {
  const init = withTraceparent(givenInit);
  const session = init?.signal;
  if (!session) return fetch(url, init);
  if (!raisedLimit.has(session)) {
    setMaxListeners(0, session);
    raisedLimit.add(session);
  }
  const own = new AbortController();
  const abort = () => own.abort(session.reason);
  if (session.aborted) abort();
  else session.addEventListener("abort", abort, { once: true });
  try {
    return await fetch(url, { ...init, signal: own.signal });
  } finally {
    session.removeEventListener("abort", abort);
  }
};

/** The upstream span's W3C traceparent on the request, when tracing a call (lib/telemetry). */
function withTraceparent(init: RequestInit | undefined): RequestInit | undefined {
  const traceparent = upstreamTraceparent();
  if (!traceparent) return init;
  const headers = new Headers(init?.headers);
  headers.set("traceparent", traceparent);
  return { ...init, headers };
}
