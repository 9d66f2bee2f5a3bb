import "server-only";
import {
  GetPromptResultSchema,
  type GetPromptRequest,
  type GetPromptResult,
} from "@modelcontextprotocol/sdk/types.js";
import { decide } from "@/lib/rbac/decide";
import { describeForwardFailure, forwardUpstream, withTraceMeta } from "@/lib/gateway/forward-upstream";
import { notPermitted, unknownName } from "@/lib/gateway/gateway-errors";
import { recordGatewayCall } from "@/lib/gateway/record-gateway-call";
import { enforceCallPrivacy } from "@/lib/gateway/enforce-call-privacy";
import { maskingPlanFor } from "@/lib/gateway/masking-plan";
import { maskGetPromptResult } from "@/lib/privacy/masking/mask-mcp-result";
import { withoutSubjectMeta } from "@/lib/gateway/subject-claims";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

/** prompts/get through the gateway, governed like tools/call ("<slug>/prompt:<name>" grants). */
export async function getPrompt(
  ctx: GatewayRequestContext,
  params: GetPromptRequest["params"],
): Promise<GetPromptResult> {
  const startedAt = performance.now();
  const base = {
    principal: ctx.principal,
    meta: ctx.meta,
    method: "prompts/get" as const,
    startedAt,
    arguments: params.arguments,
  };
  const prompt = ctx.runtime.catalog.prompts.get(params.name);
  const entry = prompt ? ctx.runtime.servers.get(prompt.serverId) : undefined;
  if (!prompt || !entry) {
    await recordGatewayCall({ ...base, target: params.name, outcome: "not_found" });
    throw unknownName("prompt", params.name);
  }
  const server = { id: prompt.serverId, slug: prompt.slug };
  const decision = decide(ctx.principal.access, { tool: prompt.path });
  if (!decision.allowed) {
    await recordGatewayCall({
      ...base,
      target: prompt.path,
      server,
      outcome: "denied",
      reason: decision.reason,
    });
    throw notPermitted(params.name);
  }
  const subject = await enforceCallPrivacy(ctx, {
    name: params.name,
    privacy: prompt.privacy,
    meta: params._meta,
    args: params.arguments,
    record: { ...base, target: prompt.path, server },
  });
  const call = { ...base, subject };
  try {
    const { result, upstreamMs } = await forwardUpstream(
      entry,
      (client, signal) =>
        client.request(
          {
            method: "prompts/get",
            params: withTraceMeta({ ...withoutSubjectMeta(params), name: prompt.name }),
          },
          GetPromptResultSchema,
          { signal },
        ),
      { timeoutMs: entry.config.policy.timeoutMs, signal: ctx.signal, isIdempotent: true },
    );
    const plan = await maskingPlanFor(ctx.principal, prompt.path, "results");
    const masked = plan
      ? maskGetPromptResult(result, plan.engine, plan.strategyFor, plan.context)
      : { result, masked: 0 };
    await recordGatewayCall({
      ...call,
      target: prompt.path,
      server,
      outcome: "success",
      upstreamMs,
      masked: masked.masked,
    });
    return masked.result;
  } catch (error) {
    const failure = describeForwardFailure(error, params.name, entry);
    await recordGatewayCall({
      ...call,
      target: prompt.path,
      server,
      outcome: failure.outcome,
      error: failure.error.message,
    });
    throw failure.error;
  }
}
