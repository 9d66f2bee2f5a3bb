import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";

// JSON-RPC error codes the gateway answers with, beyond the standard ones. Server-defined codes
// live in -32000..-32099.
export const GATEWAY_ERROR = {
  notPermitted: -32003,
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
  | "internal_error";

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
