import "server-only";
import {
  CallToolResultSchema,
  ErrorCode,
  type CallToolRequest,
  type CallToolResult,
} from "@modelcontextprotocol/sdk/types.js";
import { decide } from "@/lib/rbac/decide";
import { argumentIssues } from "@/lib/gateway/compile-input-validator";
import { describeForwardFailure, forwardUpstream, withTraceMeta } from "@/lib/gateway/forward-upstream";
import { adoptMetaTraceparent } from "@/lib/telemetry/call-trace";
import { GATEWAY_ERROR, GatewayRpcError, notPermitted, unknownName } from "@/lib/gateway/gateway-errors";
import { recordGatewayCall } from "@/lib/gateway/record-gateway-call";
import { enforceCallPrivacy } from "@/lib/gateway/enforce-call-privacy";
import { maskingPlanFor } from "@/lib/gateway/masking-plan";
import { maskCallToolResult } from "@/lib/privacy/masking/mask-mcp-result";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

// Slack beyond our own timeout so that the SDK's request timeout never fires first.
const SDK_TIMEOUT_SLACK_MS = 5000;

/**
 * tools/call through the gateway: resolve the tool (in memory), decide() against the key's
 * grants, enforce its privacy declaration (subject, consent), validate the arguments against the
 * tool's schema, call the upstream under its policies, then audit (awaited) and measure. Every
 * outcome is one audit event.
 */
export async function callTool(
  ctx: GatewayRequestContext,
  params: CallToolRequest["params"],
): Promise<CallToolResult> {
  const startedAt = performance.now();
  adoptMetaTraceparent(params._meta);
  const base = {
    principal: ctx.principal,
    meta: ctx.meta,
    method: "tools/call" as const,
    startedAt,
    arguments: params.arguments,
  };
  const tool = ctx.runtime.catalog.tools.get(params.name);
  if (!tool) {
    const held = ctx.runtime.catalog.heldTools.get(params.name);
    if (held) {
      await recordGatewayCall({
        ...base,
        target: held.path,
        server: { id: held.serverId, slug: held.slug },
        outcome: "denied",
        reason: "definition changed upstream; awaiting review",
      });
      throw new GatewayRpcError(
        GATEWAY_ERROR.notPermitted,
        `${params.name} changed upstream and is held until an operator reviews the new definition.`,
      );
    }
    await recordGatewayCall({ ...base, target: params.name, outcome: "not_found" });
    throw unknownName("tool", params.name);
  }
  const server = { id: tool.serverId, slug: tool.slug };
  const decision = decide(ctx.principal.access, { tool: tool.path });
  if (!decision.allowed) {
    await recordGatewayCall({
      ...base,
      target: tool.path,
      server,
      outcome: "denied",
      reason: decision.reason,
    });
    throw notPermitted(params.name);
  }
  const args = params.arguments ?? {};
  const subject = await enforceCallPrivacy(ctx, {
    name: params.name,
    privacy: tool.privacy,
    meta: params._meta,
    args,
    record: { ...base, target: tool.path, server },
  });
  const call = { ...base, subject };
  if (!tool.validate(args)) {
    const issues = argumentIssues(tool.validate);
    await recordGatewayCall({
      ...call,
      target: tool.path,
      server,
      outcome: "invalid",
      error: JSON.stringify(issues),
    });
    const summary = issues.map((i) => `${i.path} ${i.message}`).join("; ");
    throw new GatewayRpcError(ErrorCode.InvalidParams, `Invalid arguments for ${params.name}: ${summary}`, {
      issues,
    });
  }
  const entry = ctx.runtime.servers.get(tool.serverId);
  if (!entry) {
    await recordGatewayCall({ ...call, target: tool.path, server, outcome: "not_found" });
    throw unknownName("tool", params.name);
  }

  const timeoutMs = tool.timeoutMs ?? entry.config.policy.timeoutMs;
  const progressToken = params._meta?.progressToken;
  try {
    const { result, upstreamMs } = await forwardUpstream(
      entry,
      (client, signal) =>
        client.callTool(withTraceMeta({ name: tool.name, arguments: args }), CallToolResultSchema, {
          signal,
          timeout: timeoutMs + SDK_TIMEOUT_SLACK_MS,
          onprogress:
            progressToken === undefined
              ? undefined
              : (progress) => {
                  void ctx
                    .sendNotification({
                      method: "notifications/progress",
                      params: { ...progress, progressToken },
                    })
                    .catch(() => undefined);
                },
        }),
      { timeoutMs, signal: ctx.signal, isIdempotent: tool.isIdempotent },
    );
    const outcome = result.isError ? "upstream_error" : "success";
    // Progress went out untouched while the call ran; the final result is masked per policy.
    const plan = await maskingPlanFor(ctx.principal, tool.path, "results");
    const masked = plan
      ? maskCallToolResult(result as CallToolResult, plan.engine, plan.strategyFor, plan.context)
      : { result: result as CallToolResult, masked: 0 };
    await recordGatewayCall({
      ...call,
      target: tool.path,
      server,
      outcome,
      upstreamMs,
      masked: masked.masked,
      ...(result.isError ? { error: "the tool returned isError" } : {}),
    });
    return masked.result;
  } catch (error) {
    if (ctx.signal.aborted) {
      await recordGatewayCall({
        ...call,
        target: tool.path,
        server,
        outcome: "cancelled",
        error: `cancelled by the client: ${String(ctx.signal.reason instanceof Error ? ctx.signal.reason.message : ctx.signal.reason)}`,
      });
      throw error;
    }
    const failure = describeForwardFailure(error, params.name, entry);
    await recordGatewayCall({
      ...call,
      target: tool.path,
      server,
      outcome: failure.outcome,
      error: failure.error.message,
    });
    throw failure.error;
  }
}
