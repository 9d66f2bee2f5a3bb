import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";

// JSON-RPC error codes the gateway answers with, beyond the standard ones. Server-defined codes
// live in -32000..-32099.
export const GATEWAY_ERROR = {
  notPermitted: -32003,
  /** The same code as notPermitted: the call is refused; data.reason says it was consent (or no subject) */
  consentRequired: -32003,
  upstreamUnavailable: -32002,
  rateLimited: -32029,
} as const;

export type CallOutcome =
  | "success"
  | "upstream_error"
  | "timeout"
  | "denied"
  | "invalid"
  | "rate_limited"
  | "overloaded"
  | "circuit_open"
  | "not_found"
  | "cancelled"
  | "shutting_down"
  // the call failed on our side before or while sending (lib/gateway/resilience/local-fault.ts)
  | "internal_error"
  // a purpose with legal basis consent that the subject has not granted (lib/gateway/check-call-privacy.ts)
  | "consent_required"
  // the tool needs to know whom the call is about, and nothing named them
  | "subject_required";

/**
 * A JSON-RPC error for the SDK server to send. Not McpError: its message carries an
 * "MCP error <code>:" prefix that the client's McpError would then prefix a second time.
 */
export class GatewayRpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export function notPermitted(name: string): GatewayRpcError {
  return new GatewayRpcError(GATEWAY_ERROR.notPermitted, `${name} is not permitted for this API key.`);
}

export function unknownName(kind: "tool" | "prompt" | "resource", name: string): GatewayRpcError {
  return new GatewayRpcError(ErrorCode.InvalidParams, `Unknown ${kind}: ${name}`);
}

/** The refusal when a purpose the tool needs lacks the subject's consent (data carries the pseudonym). */
export function consentRequired(name: string, purpose: string, subjectId: string): GatewayRpcError {
  return new GatewayRpcError(
    GATEWAY_ERROR.consentRequired,
    `${name} needs the subject's consent for ${purpose}.`,
    { reason: "consent_required", purpose, subject: subjectId },
  );
}

/** The refusal when the call names no data subject but the tool (or a consent purpose) needs one. */
export function subjectRequired(name: string, purpose?: string): GatewayRpcError {
  return new GatewayRpcError(
    GATEWAY_ERROR.consentRequired,
    `${name} needs to know whom the call is about: send the X-Gatehouse-Subject header or _meta["gatehouse/subject"].`,
    { reason: "subject_required", ...(purpose ? { purpose } : {}) },
  );
}
