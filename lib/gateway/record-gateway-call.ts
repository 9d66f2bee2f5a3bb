import "server-only";
import { actorOf, recordEvent } from "@/lib/audit/record-event";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import { recordGatewayCall as recordCallMetrics } from "@/lib/metrics/gateway-metrics";
import { recordRollupCall } from "@/lib/metrics/rollups/rollup-recorder";
import { outcomeGroupOf } from "@/lib/metrics/rollups/outcome-groups";
import { recordCallTelemetry } from "@/lib/telemetry/record-call-telemetry";
import { redactArguments } from "@/lib/gateway/redact-arguments";
import { maskingPlanFor } from "@/lib/gateway/masking-plan";
import { maskJson } from "@/lib/privacy/masking/mask-json";
import type { CallOutcome } from "@/lib/gateway/gateway-errors";
import type { ApiKeyPrincipal } from "@/lib/auth/authenticate-api-key";
import type { CallSubject } from "@/lib/gateway/resolve-call-subject";

export type GatewayCallRecord = {
  principal: ApiKeyPrincipal;
  meta: RequestMeta;
  method: "tools/call" | "prompts/get" | "resources/read";
  /** "<slug>/<name>" when resolved, else the name as requested */
  target: string;
  server?: { id: string; slug: string };
  outcome: CallOutcome;
  startedAt: number;
  upstreamMs?: number;
  arguments?: unknown;
  error?: string;
  reason?: string;
  /** Whom the call is about: the event names their pseudonym and stores the arguments under their key */
  subject?: CallSubject | null;
  /** The purpose a privacy refusal was about */
  purpose?: string;
  /** How many personal values the masking policies replaced in the result */
  masked?: number;
};

const RESULT_OF: Record<CallOutcome, "success" | "failure" | "denied" | "error"> = {
  success: "success",
  upstream_error: "error",
  timeout: "error",
  overloaded: "error",
  circuit_open: "error",
  denied: "denied",
  invalid: "failure",
  rate_limited: "denied",
  not_found: "failure",
  cancelled: "failure",
  shutting_down: "error",
  internal_error: "error",
  consent_required: "denied",
  subject_required: "denied",
};

/** One audit event (awaited: the response waits for its commit) and the call's metrics. */
export async function recordGatewayCall(call: GatewayCallRecord): Promise<void> {
  const durationMs = performance.now() - call.startedAt;
  // Resource URIs are unbounded (templates), so they share one label; tool names are registered.
  const server = call.server?.slug ?? "unknown";
  const tool = !call.server
    ? "unknown"
    : call.method === "resources/read"
      ? "resource"
      : call.target.slice(call.server.slug.length + 1);
  recordCallMetrics({
    server,
    tool,
    method: call.method,
    outcome: call.outcome,
    durationMs,
    upstreamMs: call.upstreamMs,
  });
  recordRollupCall({
    server,
    tool,
    keyId: call.principal.id,
    roles: call.principal.access.roles,
    outcome: call.outcome,
    durationMs,
  });
  recordCallTelemetry({
    method: call.method,
    server,
    tool,
    outcome: call.outcome,
    isError: outcomeGroupOf(call.outcome) === "error",
    durationMs,
    subjectId: call.subject?.id,
    correlationId: call.meta.correlationId,
  });
  await recordEvent({
    category: "gateway",
    action: call.method,
    result: RESULT_OF[call.outcome],
    actor: actorOf(call.principal),
    serverId: call.server?.id ?? null,
    tool: call.target,
    target: call.target,
    durationMs: Math.round(durationMs),
    details: {
      outcome: call.outcome,
      ...(call.upstreamMs !== undefined ? { upstreamMs: Math.round(call.upstreamMs * 100) / 100 } : {}),
      ...(call.error ? { error: call.error.slice(0, 1000) } : {}),
      ...(call.reason ? { reason: call.reason } : {}),
      ...(call.purpose ? { purpose: call.purpose } : {}),
      ...(call.masked ? { masked: call.masked } : {}),
    },
    ...(call.subject ? { dataSubject: { id: call.subject.id, keyId: call.subject.keyId } } : {}),
    ...(call.arguments !== undefined ? { payload: await storedArguments(call) } : {}),
    meta: call.meta,
  });
}

/** The arguments as stored: secrets redacted, and personal values masked when an "audit" policy applies. */
async function storedArguments(call: GatewayCallRecord): Promise<unknown> {
  const redacted = redactArguments(call.arguments);
  const plan = await maskingPlanFor(call.principal, call.target, "audit");
  return plan ? maskJson(redacted, plan.engine, plan.strategyFor, plan.context).value : redacted;
}
