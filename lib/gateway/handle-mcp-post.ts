import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { env } from "@/lib/env";
import { readBodyText } from "@/lib/api/read-body-text";
import { findJsonProblem, JSON_PROBLEM_MESSAGES, MAX_JSON_DEPTH } from "@/lib/api/find-json-problem";
import { checkRateLimit, rateLimitHeaders } from "@/lib/gateway/rate-limit/check-rate-limit";
import { rateLimitTarget } from "@/lib/gateway/rate-limit/rate-limit-target";
import { createGovernedServer } from "@/lib/gateway/create-governed-server";
import { answerToolCallJson, plainToolCall } from "@/lib/gateway/answer-tool-call-json";
import type { GatewayRequestBase } from "@/lib/gateway/with-request-context";
import { cancelRequest } from "@/lib/gateway/inflight-requests";
import { GATEWAY_ERROR } from "@/lib/gateway/gateway-errors";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { recordGatewayCall, type GatewayCallRecord } from "@/lib/gateway/record-gateway-call";
import { claimFromText, SUBJECT_HEADER } from "@/lib/gateway/subject-claims";
import { isShuttingDown } from "@/lib/jobs/shutdown-state";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import type { ApiKeyPrincipal } from "@/lib/auth/authenticate-api-key";

type JsonRpcMessage = {
  jsonrpc?: unknown;
  id?: string | number | null;
  method?: unknown;
  params?: Record<string, unknown>;
};

const GOVERNED_CALLS = new Set(["tools/call", "prompts/get", "resources/read"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonRpcError(
  status: number,
  code: number,
  message: string,
  id: JsonRpcMessage["id"] = null,
  headers: Record<string, string> = {},
  data?: unknown,
): Response {
  return Response.json(
    { jsonrpc: "2.0", id, error: { code, message, ...(data === undefined ? {} : { data }) } },
    { status, headers },
  );
}

/**
 * POST /api/mcp after authentication: parse (-32700 on bad JSON), cancel notifications, rate
 * limit governed calls (HTTP 429 with Retry-After), then answer: a plain tools/call directly as
 * JSON (the hot path), anything else through a per-request MCP server. Answers are plain JSON
 * unless the client asked for progress, which needs a stream.
 */
export async function handleMcpPost(
  req: Request,
  principal: ApiKeyPrincipal,
  meta: RequestMeta,
): Promise<Response> {
  const text = await readBodyText(req, env.MAX_BODY_BYTES);
  let message: JsonRpcMessage;
  try {
    message = JSON.parse(text) as JsonRpcMessage;
  } catch {
    return jsonRpcError(400, -32700, "Parse error: the body is not valid JSON.");
  }
  if (
    !message ||
    typeof message !== "object" ||
    Array.isArray(message) ||
    message.jsonrpc !== "2.0" ||
    typeof message.method !== "string"
  ) {
    return jsonRpcError(
      400,
      -32600,
      "Invalid Request: expected one JSON-RPC 2.0 message with a method.",
      Array.isArray(message) ? null : (message?.id ?? null),
    );
  }
  // Before anything serialises, validates or audits the message (all of which recurse). NUL may be
  // in arguments (they are stored encrypted), not in names. A request gets its answer as JSON-RPC
  // errors usually come (HTTP 200), so that the client can match it by id.
  const isRequest = message.id !== undefined && message.id !== null;
  const problem =
    findJsonProblem(message, { allowNul: true }) ??
    (/\u0000/.test(String(message.params?.name ?? message.params?.uri ?? "")) ? "nul" : null);
  if (problem) {
    const data = problem === "too_deep" ? { reason: problem, maxDepth: MAX_JSON_DEPTH } : { reason: problem };
    return jsonRpcError(
      isRequest ? 200 : 400,
      ErrorCode.InvalidParams,
      `Invalid params: the message ${JSON_PROBLEM_MESSAGES[problem]}.`,
      message.id ?? null,
      {},
      data,
    );
  }

  // MCP params, and their _meta, are objects; anything else (null crashed the progress check
  // below) is refused with the request's id, rather than as a parse error without one.
  if (
    (message.params !== undefined && !isObject(message.params)) ||
    (message.params?._meta !== undefined && !isObject(message.params._meta))
  ) {
    return jsonRpcError(
      isRequest ? 200 : 400,
      ErrorCode.InvalidParams,
      "Invalid params: params and params._meta must be objects.",
      message.id ?? null,
    );
  }

  if (message.method === "notifications/cancelled") {
    const requestId = message.params?.requestId;
    if (typeof requestId === "string" || typeof requestId === "number")
      cancelRequest(principal.id, requestId, String(message.params?.reason ?? "cancelled by client"));
    return new Response(null, { status: 202 });
  }

  const isGoverned = GOVERNED_CALLS.has(message.method);
  const method = message.method as GatewayCallRecord["method"];
  const target = String(message.params?.name ?? message.params?.uri ?? "");

  // Keep-alive connections can still deliver requests after the upstreams were stopped.
  if (isShuttingDown()) {
    if (isGoverned)
      await recordGatewayCall({
        principal,
        meta,
        method,
        target,
        outcome: "shutting_down",
        startedAt: performance.now(),
      });
    return jsonRpcError(
      503,
      GATEWAY_ERROR.upstreamUnavailable,
      "Gatehouse is shutting down; retry shortly.",
      message.id ?? null,
      { "Retry-After": "5" },
    );
  }

  const runtime = await getGatewayRuntime();
  let limitHeaders: Record<string, string> = {};
  if (isGoverned) {
    // Resolved before counting: only names the catalog knows get a key+tool bucket of their own.
    const bucket = rateLimitTarget(runtime.catalog, method, target);
    const decision = await checkRateLimit({
      keyId: principal.id,
      tool: bucket ?? undefined,
      config: {
        perMinute:
          principal.rateLimitPerMinute ??
          principal.access.rateLimitPerMinute ??
          env.GATEWAY_RATE_LIMIT_PER_MINUTE,
        burst: env.GATEWAY_RATE_LIMIT_BURST,
        globalPerMinute: env.GATEWAY_GLOBAL_RATE_LIMIT_PER_MINUTE,
      },
    });
    limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      const resolved = message.method === "tools/call" ? runtime.catalog.tools.get(target) : undefined;
      await recordGatewayCall({
        principal,
        meta,
        method,
        target: resolved?.path ?? target,
        server: resolved ? { id: resolved.serverId, slug: resolved.slug } : undefined,
        outcome: "rate_limited",
        startedAt: performance.now(),
        reason: `${decision.scope} limit of ${decision.limit}/min`,
      });
      return jsonRpcError(
        429,
        GATEWAY_ERROR.rateLimited,
        `Rate limit exceeded (${decision.scope}); retry in ${decision.retryAfterSeconds} s.`,
        message.id ?? null,
        limitHeaders,
        { retryAfterSeconds: decision.retryAfterSeconds },
      );
    }
  }

  const base = { principal, meta, runtime, subjectClaim: claimFromText(req.headers.get(SUBJECT_HEADER)) };
  const toolCall = plainToolCall(req.headers, message);
  const response = toolCall
    ? await answerToolCallJson(base, toolCall)
    : await answerWithSdk(req, message, base);
  for (const [name, value] of Object.entries(limitHeaders)) response.headers.set(name, value);
  return response;
}

/** Everything but a plain tools/call: a per-request SDK server behind its web-standard transport. */
async function answerWithSdk(
  req: Request,
  message: JsonRpcMessage,
  base: GatewayRequestBase,
): Promise<Response> {
  const progressMeta = message.params?._meta;
  const wantsProgress = isObject(progressMeta) && progressMeta.progressToken !== undefined;
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: !wantsProgress,
  });
  const server = createGovernedServer(base);
  await server.connect(transport);
  const response = await transport.handleRequest(req, { parsedBody: message });
  // A JSON answer is complete here. A progress stream outlives this function: the transport
  // ends it after the final result, and the per-request server is then unreferenced.
  if (!wantsProgress) await server.close();
  return response;
}
