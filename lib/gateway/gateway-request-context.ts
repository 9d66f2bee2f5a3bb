import type { ServerNotification } from "@modelcontextprotocol/sdk/types.js";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import type { ApiKeyPrincipal } from "@/lib/auth/authenticate-api-key";
import type { GatewayRuntime } from "@/lib/gateway/gateway-runtime";

/** What a gateway handler knows about the request it serves. */
export type GatewayRequestContext = {
  principal: ApiKeyPrincipal;
  meta: RequestMeta;
  runtime: GatewayRuntime;
  /** Fires when the client cancels or disconnects */
  signal: AbortSignal;
  sendNotification(notification: ServerNotification): Promise<void>;
};
