import type { McpError } from "@modelcontextprotocol/sdk/types.js";
import type { UpstreamFailure } from "@/lib/gateway/resilience/upstream-policies";
import type { UpstreamConnectError } from "@/lib/gateway/upstream-connection";

// In the production build the gateway runtime is created by instrumentation.ts's bundle while
// route handlers live in other bundles, each with its own copy of these classes: `instanceof`
// is false across them (found by a SIGTERM drain check: "overloaded" was reported as a generic
// failure). Errors that cross from the runtime into a route are recognised by name and shape.

export function isUpstreamFailure(error: unknown): error is UpstreamFailure {
  return (
    error instanceof Error &&
    error.name === "UpstreamFailure" &&
    typeof (error as { outcome?: unknown }).outcome === "string"
  );
}

export function isMcpError(error: unknown): error is McpError {
  return (
    error instanceof Error &&
    error.name === "McpError" &&
    typeof (error as { code?: unknown }).code === "number"
  );
}

export function isUpstreamConnectError(error: unknown): error is UpstreamConnectError {
  return (
    error instanceof Error &&
    error.name === "UpstreamConnectError" &&
    typeof (error as { description?: unknown }).description === "object"
  );
}
