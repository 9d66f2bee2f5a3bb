import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";

// JSON-RPC error codes the gateway answers with, beyond the standard ones. Server-defined codes
// live in -32000..-32099.
export const GATEWAY_ERROR = {
  notPermitted: -32003,
  upstreamUnavailable: -32002,
  rateLimited: -32029,
} as const;

export type CallOutcome =
  | "success" | "upstream_error" | "timeout" | "denied" | "invalid" | "rate_limited" | "overloaded" | "circuit_open" | "not_found";

export function notPermitted(name: string): McpError {
  return new McpError(GATEWAY_ERROR.notPermitted, `${name} is not permitted for this API key.`);
}

export function unknownName(kind: "tool" | "prompt" | "resource", name: string): McpError {
  return new McpError(ErrorCode.InvalidParams, `Unknown ${kind}: ${name}`);
}
