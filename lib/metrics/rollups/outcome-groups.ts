import type { GatewayOutcome } from "@/lib/metrics/gateway-metrics";

/** The outcome groups the dashboards, top tables and alert rules count. */
export type OutcomeGroup = "success" | "error" | "denied" | "rate_limited" | "other";

// Errors are what went wrong on the way to or at the upstream (or inside Gatehouse); refusals by
// policy are "denied", and a caller's own mistakes (invalid, not_found, cancelled) are neither.
const GROUP: Record<GatewayOutcome, OutcomeGroup> = {
  success: "success",
  upstream_error: "error",
  timeout: "error",
  overloaded: "error",
  circuit_open: "error",
  shutting_down: "error",
  internal_error: "error",
  denied: "denied",
  consent_required: "denied",
  subject_required: "denied",
  rate_limited: "rate_limited",
  invalid: "other",
  not_found: "other",
  cancelled: "other",
};

export function outcomeGroupOf(outcome: GatewayOutcome): OutcomeGroup {
  return GROUP[outcome];
}

/** The outcomes of one group, e.g. for an audit-trail filter or a Prometheus expression. */
export function outcomesIn(group: OutcomeGroup): GatewayOutcome[] {
  return (Object.keys(GROUP) as GatewayOutcome[]).filter((outcome) => GROUP[outcome] === group);
}
