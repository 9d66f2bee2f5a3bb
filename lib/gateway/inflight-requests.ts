// In-flight gateway calls by API key and JSON-RPC id, so that a notifications/cancelled sent in
// a later HTTP request (the endpoint is stateless) can abort the upstream call.
// On globalThis: the shutdown handler (instrumentation's bundle) counts what the route bundle tracks.
import { processSingleton } from "@/lib/process-singleton";
const inflight = processSingleton("gateway.inflight", () => new Map<string, AbortController>());

function keyOf(principalId: string, requestId: string | number): string {
  return `${principalId}:${String(requestId)}`;
}

export function trackRequest(
  principalId: string,
  requestId: string | number,
  controller: AbortController,
): () => void {
  const key = keyOf(principalId, requestId);
  inflight.set(key, controller);
  return () => {
    if (inflight.get(key) === controller) inflight.delete(key);
  };
}

export function cancelRequest(principalId: string, requestId: string | number, reason: string): boolean {
  const controller = inflight.get(keyOf(principalId, requestId));
  controller?.abort(new Error(reason));
  return controller !== undefined;
}

/** How many gateway requests are being served right now (graceful shutdown waits for zero). */
export function inflightCount(): number {
  return inflight.size;
}
