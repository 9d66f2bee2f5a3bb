import "server-only";
import { trackRequest } from "@/lib/gateway/inflight-requests";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

/** What a handler's context holds before the request's own signal and notifier are added. */
export type GatewayRequestBase = Omit<GatewayRequestContext, "signal" | "sendNotification">;

/** What the MCP layer gives a handler for one request (the SDK's `extra`, or the direct JSON path's). */
export type RequestExtra = {
  /** The MCP layer's own cancellation, if it has one (the direct JSON path has none). */
  signal?: AbortSignal;
  requestId: string | number;
  sendNotification: GatewayRequestContext["sendNotification"];
};

/**
 * Runs a handler with a signal that fires on the client's notifications/cancelled for this request
 * (lib/gateway/inflight-requests.ts) or when the MCP layer's own signal does.
 */
export async function withRequestContext<T>(
  base: GatewayRequestBase,
  extra: RequestExtra,
  handler: (ctx: GatewayRequestContext) => Promise<T> | T,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(extra.signal?.reason);
  extra.signal?.addEventListener("abort", abort, { once: true });
  const untrack = trackRequest(base.principal.id, extra.requestId, controller);
  try {
    return await handler({ ...base, signal: controller.signal, sendNotification: extra.sendNotification });
  } finally {
    untrack();
    extra.signal?.removeEventListener("abort", abort);
  }
}
