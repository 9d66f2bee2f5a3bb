import "server-only";
import { Counter, Gauge, Histogram } from "prom-client";
import { metricsRegistry } from "@/lib/metrics/registry";
import { processSingleton } from "@/lib/process-singleton";

export type GatewayMethod = "tools/call" | "prompts/get" | "resources/read";
export type GatewayOutcome =
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
  | "internal_error"
  // refused by the privacy checks: a purpose without the subject's consent, or no subject named
  | "consent_required"
  | "subject_required";
export type BreakerStateLabel = "closed" | "open" | "half_open";
export type UpstreamHealthStatus = "healthy" | "degraded" | "down" | "unknown";

export type GatewayCallMetric = {
  server: string;
  tool: string;
  method: GatewayMethod;
  outcome: GatewayOutcome;
  durationMs: number;
  upstreamMs?: number;
};

// Seconds, from the gateway's own sub-millisecond overhead up to the 30 s default timeout.
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const BREAKER_VALUE: Record<BreakerStateLabel, number> = { closed: 0, open: 1, half_open: 2 };
const HEALTH_VALUE: Record<UpstreamHealthStatus, number> = {
  healthy: 1,
  degraded: 0.5,
  down: 0,
  unknown: -1,
};

type GatewayMetrics = {
  calls: Counter<"server" | "tool" | "method" | "outcome">;
  callDuration: Histogram<"server" | "tool">;
  upstreamDuration: Histogram<"server">;
  breakerState: Gauge<"server">;
  upstreamHealth: Gauge<"server">;
};

function createMetrics(): GatewayMetrics {
  const registers = [metricsRegistry];
  return {
    calls: new Counter({
      name: "gatehouse_gateway_calls_total",
      help: "Gateway calls (tools/call, prompts/get, resources/read) by server, tool, method and outcome.",
      labelNames: ["server", "tool", "method", "outcome"],
      registers,
    }),
    callDuration: new Histogram({
      name: "gatehouse_gateway_call_duration_seconds",
      help: "Time from receiving a gateway call to its answer, audit included.",
      labelNames: ["server", "tool"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    upstreamDuration: new Histogram({
      name: "gatehouse_gateway_upstream_duration_seconds",
      help: "Time the upstream server took to answer a call.",
      labelNames: ["server"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    breakerState: new Gauge({
      name: "gatehouse_upstream_breaker_state",
      help: "Circuit breaker state per upstream: 0 closed, 1 open, 2 half-open.",
      labelNames: ["server"],
      registers,
    }),
    upstreamHealth: new Gauge({
      name: "gatehouse_upstream_health",
      help: "Upstream health: 1 healthy, 0.5 degraded, 0 down, -1 unknown.",
      labelNames: ["server"],
      registers,
    }),
  };
}

// A process singleton beside the registry, for the same reason: created once per process.
const metrics = processSingleton("metrics.gateway", createMetrics);

/**
 * Counts one call and records its durations. Labels must come from registered servers and
 * tools (or a fixed placeholder such as "unknown"): every distinct value is a new time series.
 */
export function recordGatewayCall(call: GatewayCallMetric): void {
  metrics.calls.inc({ server: call.server, tool: call.tool, method: call.method, outcome: call.outcome });
  metrics.callDuration.observe({ server: call.server, tool: call.tool }, call.durationMs / 1000);
  if (call.upstreamMs !== undefined)
    metrics.upstreamDuration.observe({ server: call.server }, call.upstreamMs / 1000);
}

export function setBreakerState(server: string, state: BreakerStateLabel): void {
  metrics.breakerState.set({ server }, BREAKER_VALUE[state]);
}

export function setUpstreamHealth(server: string, status: UpstreamHealthStatus): void {
  metrics.upstreamHealth.set({ server }, HEALTH_VALUE[status]);
}

/** Drops a deleted or disabled server's gauges, so that it does not show a stale state. */
export function forgetUpstreamMetrics(server: string): void {
  metrics.breakerState.remove({ server });
  metrics.upstreamHealth.remove({ server });
}
