import "server-only";
import {
  ReadResourceResultSchema,
  type ReadResourceRequest,
  type ReadResourceResult,
} from "@modelcontextprotocol/sdk/types.js";
import { decide } from "@/lib/rbac/decide";
import { resourcePath } from "@/lib/gateway/exposed-names";
import { describeForwardFailure, forwardUpstream, withTraceMeta } from "@/lib/gateway/forward-upstream";
import { notPermitted, unknownName } from "@/lib/gateway/gateway-errors";
import { recordGatewayCall } from "@/lib/gateway/record-gateway-call";
import { enforceCallPrivacy } from "@/lib/gateway/enforce-call-privacy";
import { maskingPlanFor } from "@/lib/gateway/masking-plan";
import { maskReadResourceResult } from "@/lib/privacy/masking/mask-mcp-result";
import { withoutSubjectMeta } from "@/lib/gateway/subject-claims";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

/** resources/read through the gateway, governed by "<slug>/resource:<uri>" grants. */
export async function readResource(
  ctx: GatewayRequestContext,
  params: ReadResourceRequest["params"],
): Promise<ReadResourceResult> {
  const startedAt = performance.now();
  const base = { principal: ctx.principal, meta: ctx.meta, method: "resources/read" as const, startedAt };
  const owner = ctx.runtime.catalog.findResourceServer(params.uri);
  const entry = owner ? ctx.runtime.servers.get(owner.serverId) : undefined;
  if (!owner || !entry) {
    await recordGatewayCall({ ...base, target: params.uri, outcome: "not_found" });
    throw unknownName("resource", params.uri);
  }
  const server = { id: owner.serverId, slug: owner.slug };
  const path = resourcePath(owner.slug, params.uri);
  const decision = decide(ctx.principal.access, { tool: path });
  if (!decision.allowed) {
    await recordGatewayCall({ ...base, target: path, server, outcome: "denied", reason: decision.reason });
    throw notPermitted(params.uri);
  }
  const subject = await enforceCallPrivacy(ctx, {
    name: params.uri,
    privacy: owner.privacy,
    meta: params._meta,
    args: undefined,
    record: { ...base, target: path, server },
  });
  const call = { ...base, subject };
  try {
    const { result, upstreamMs } = await forwardUpstream(
      entry,
      (client, signal) =>
        client.request(
          { method: "resources/read", params: withTraceMeta(withoutSubjectMeta(params)) },
          ReadResourceResultSchema,
          { signal },
        ),
      { timeoutMs: entry.config.policy.timeoutMs, signal: ctx.signal, isIdempotent: true },
    );
    const plan = await maskingPlanFor(ctx.principal, path, "results");
    const masked = plan
      ? maskReadResourceResult(result, plan.engine, plan.strategyFor, plan.context)
      : { result, masked: 0 };
    await recordGatewayCall({
      ...call,
      target: path,
      server,
      outcome: "success",
      upstreamMs,
      masked: masked.masked,
    });
    return masked.result;
  } catch (error) {
    const failure = describeForwardFailure(error, params.uri, entry);
    await recordGatewayCall({
      ...call,
      target: path,
      server,
      outcome: failure.outcome,
      error: failure.error.message,
    });
    throw failure.error;
  }
}
