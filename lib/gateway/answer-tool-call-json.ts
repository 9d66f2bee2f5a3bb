import "server-only";
import { isJsonContentType } from "@modelcontextprotocol/sdk/shared/mediaType.js";
import {
  CallToolResultSchema,
  ErrorCode,
  McpError,
  RELATED_TASK_META_KEY,
  SUPPORTED_PROTOCOL_VERSIONS,
  type CallToolRequest,
} from "@modelcontextprotocol/sdk/types.js";
import { callTool } from "@/lib/gateway/call-tool";
import { withRequestContext, type GatewayRequestBase } from "@/lib/gateway/with-request-context";

// The hot path: a tools/call that wants no progress is answered here as plain JSON, without the
// SDK's per-request Server and web-standard transport, which cost 300-400 µs of CPU per call
// (request re-parsing with zod, stream bookkeeping, a second Request). It is taken only for a
// request the SDK would accept as it is: any other header or message shape goes to the SDK path,
// so every refusal keeps the SDK's own status and text. What the SDK still does here is what
// changes the answer: the result is validated against CallToolResultSchema, and an error becomes
// a JSON-RPC error exactly as its Protocol builds one. tests/integration/gateway/
// direct-json-parity.test.ts holds the two paths to the same answers.

type Message = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: Record<string, unknown> };

export type PlainToolCall = { id: string | number; params: CallToolRequest["params"] };

const MESSAGE_KEYS = new Set(["jsonrpc", "id", "method", "params"]);
const PARAMS_KEYS = new Set(["name", "arguments", "_meta"]);

// Without progress there is nothing to notify. Cancellation needs no signal of the MCP layer:
// on both paths it arrives as notifications/cancelled (lib/gateway/inflight-requests.ts).
const NO_NOTIFICATIONS = () => Promise.resolve();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function onlyKeys(value: object, allowed: Set<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** The headers the SDK transport requires of a non-initialize POST, all present and valid. */
function headersPass(headers: Headers): boolean {
  const accept = headers.get("accept");
  if (!accept?.includes("application/json") || !accept.includes("text/event-stream")) return false;
  if (!isJsonContentType(headers.get("content-type"))) return false;
  const version = headers.get("mcp-protocol-version");
  return version === null || SUPPORTED_PROTOCOL_VERSIONS.includes(version);
}

/** The call when the direct path may answer it: the SDK would take it unchanged, without progress. */
export function plainToolCall(headers: Headers, message: Message): PlainToolCall | null {
  if (message.method !== "tools/call" || !onlyKeys(message, MESSAGE_KEYS)) return null;
  const { id, params } = message;
  if (typeof id !== "string" && !(typeof id === "number" && Number.isSafeInteger(id))) return null;
  if (!isPlainObject(params) || !onlyKeys(params, PARAMS_KEYS) || typeof params.name !== "string")
    return null;
  if (params.arguments !== undefined && !isPlainObject(params.arguments)) return null;
  const meta = params._meta;
  if (
    meta !== undefined &&
    (!isPlainObject(meta) || "progressToken" in meta || RELATED_TASK_META_KEY in meta)
  )
    return null;
  if (!headersPass(headers)) return null;
  return { id, params: params as CallToolRequest["params"] };
}

/** The JSON-RPC error the SDK's Protocol sends for an error a handler threw. */
function errorBody(id: string | number, error: unknown) {
  const fields = (isPlainObject(error) || error instanceof Error ? error : {}) as Record<string, unknown>;
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: Number.isSafeInteger(fields.code) ? fields.code : ErrorCode.InternalError,
      message: fields.message ?? "Internal error",
      ...(fields.data !== undefined && { data: fields.data }),
    },
  };
}

/** Answers a plain tools/call through the governed pipeline, as the SDK path would. */
export async function answerToolCallJson(base: GatewayRequestBase, call: PlainToolCall): Promise<Response> {
  let body: object;
  try {
    const result = await withRequestContext(
      base,
      { requestId: call.id, sendNotification: NO_NOTIFICATIONS },
      (ctx) => callTool(ctx, call.params),
    );
    const validated = CallToolResultSchema.safeParse(result);
    if (!validated.success)
      throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${validated.error.message}`);
    body = { result: validated.data, jsonrpc: "2.0", id: call.id };
  } catch (error) {
    body = errorBody(call.id, error);
  }
  return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
}
