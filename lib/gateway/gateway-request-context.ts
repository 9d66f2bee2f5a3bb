import type { ServerNotification } from "@modelcontextprotocol/sdk/types.js";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import type { ApiKeyPrincipal } from "@/lib/auth/authenticate-api-key";
import type { GatewayRuntime } from "@/lib/gateway/gateway-runtime";
import type { SubjectClaim } from "@/lib/gateway/subject-claims";

/** What a gateway handler knows about the request it serves. */
export type GatewayRequestContext = {
  principal: ApiKeyPrincipal;
  meta: RequestMeta;
  runtime: GatewayRuntime;
  /** Whom the calling platform says the request is about (X-Gatehouse-Subject); never logged */
  subjectClaim: SubjectClaim | null;
  /** Fires when the client cancels or disconnects */
  signal: AbortSignal;
  sendNotification(notification: ServerNotification): Promise<void>;
};
