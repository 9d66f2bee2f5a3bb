import "server-only";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { isMcpError, isUpstreamFailure } from "@/lib/gateway/error-brands";
import { isLocalFault } from "@/lib/gateway/resilience/local-fault";
import { errorFields, log } from "@/lib/log";
import { scrubSecrets, secretValuesOf } from "@/lib/servers/scrub-secrets";
import { GATEWAY_ERROR, GatewayRpcError, type CallOutcome } from "@/lib/gateway/gateway-errors";
import type { ServerEntry } from "@/lib/gateway/gateway-runtime";
import { upstreamTraceparent, withUpstreamSpan } from "@/lib/telemetry/call-trace";

export type ForwardOptions = { timeoutMs: number; signal: AbortSignal; isIdempotent: boolean };

/**
 * Runs one upstream request under the server's bulkhead, breaker and timeout. Connecting (or
 * reconnecting) happens inside, before anything is sent, so a dead child counts as a failure.
 */
export async function forwardUpstream<T>(
  entry: ServerEntry,
  request: (client: Client, signal: AbortSignal) => Promise<T>,
  options: ForwardOptions,
): Promise<{ result: T; upstreamMs: number }> {
  let upstreamMs = 0;
  const result = await entry.policies.execute(
    async (signal) => {
      const client = await entry.connection.getClient();
      const started = performance.now();
      try {
        return await withUpstreamSpan(entry.config.slug, () => request(client, signal));
      } finally {
        upstreamMs = performance.now() - started;
      }
    },
    { timeoutMs: options.timeoutMs, signal: options.signal, isIdempotent: options.isIdempotent },
  );
  return { result, upstreamMs };
}

/**
 * A forwarded request's params with the upstream span's W3C traceparent in `_meta` (when tracing;
 * call it inside the request function, where that span is current). Unchanged otherwise.
 */
export function withTraceMeta<P extends object>(params: P): P {
  const traceparent = upstreamTraceparent();
  if (!traceparent) return params;
  const meta = "_meta" in params && typeof params._meta === "object" ? params._meta : {};
  return { ...params, _meta: { ...meta, traceparent } };
}

const CONNECTION_CODES = new Set<number>([ErrorCode.ConnectionClosed, ErrorCode.RequestTimeout]);

/**
 * What to tell the client, and what to audit, when forwarding failed. Our own messages and logs
 * are scrubbed of the upstream's configured secrets (a failure may quote a child's stderr); an
 * upstream's JSON-RPC error is its own answer and passes as it is.
 */
export function describeForwardFailure(
  error: unknown,
  name: string,
  entry: ServerEntry,
): { outcome: CallOutcome; error: GatewayRpcError } {
  const scrub = (text: string) => scrubSecrets(text, secretValuesOf(entry.config.connection));
  const scrubbedFields = () =>
    Object.fromEntries(
      Object.entries(errorFields(error)).map(([key, value]) => [
        key,
        typeof value === "string" ? scrub(value) : value,
      ]),
    );
  if (isUpstreamFailure(error)) {
    const cause = error.cause;
    // The upstream answered with a JSON-RPC error: pass it on as it is.
    if (error.outcome === "upstream_error" && isMcpError(cause) && !CONNECTION_CODES.has(cause.code)) {
      return {
        outcome: "upstream_error",
        error: new GatewayRpcError(cause.code, cause.message.replace(/^MCP error -?\d+: /, ""), cause.data),
      };
    }
    const issues = invalidResultIssues(cause);
    const message =
      error.outcome === "upstream_error" && isMcpError(cause) && cause.code === ErrorCode.ConnectionClosed
        ? `The upstream of ${name} closed the connection during the call; it is being restarted.`
        : issues
          ? `The upstream of ${name} returned an invalid result (${issues}).`
          : scrub(error.message);
    const data = error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : undefined;
    return {
      outcome: error.outcome,
      error: new GatewayRpcError(GATEWAY_ERROR.upstreamUnavailable, message, data),
    };
  }
  if (isLocalFault(error)) {
    // Not the upstream's doing (the breaker did not count it): our bug, logged in full, told briefly.
    log.error("gateway call failed on our side", { tool: name, ...scrubbedFields() });
    return {
      outcome: "internal_error",
      error: new GatewayRpcError(
        ErrorCode.InternalError,
        `Gatehouse could not forward the call to ${name}: an internal error on our side.`,
      ),
    };
  }
  if (isMcpError(error))
    return {
      outcome: "upstream_error",
      error: new GatewayRpcError(error.code, error.message.replace(/^MCP error -?\d+: /, ""), error.data),
    };
  log.warn("unexpected upstream failure", { tool: name, ...scrubbedFields() });
  return {
    outcome: "upstream_error",
    error: new GatewayRpcError(GATEWAY_ERROR.upstreamUnavailable, `The upstream of ${name} failed.`),
  };
}

/** The SDK client rejects a result that does not match its schema with a ZodError (zod v3 or v4). */
function invalidResultIssues(cause: unknown): string | null {
  if (
    !(cause instanceof Error) ||
    !/ZodError$/.test(cause.name) ||
    !("issues" in cause) ||
    !Array.isArray(cause.issues)
  )
    return null;
  return cause.issues
    .slice(0, 5)
    .map(
      (issue: { path?: unknown[]; message?: string }) =>
        `${(issue.path ?? []).join(".") || "result"}: ${issue.message}`,
    )
    .join("; ");
}
