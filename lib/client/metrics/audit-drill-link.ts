import type { DashboardWindow } from "@/lib/metrics/dashboard-types";

export type DrillTarget = {
  /** the audit trail filters servers by id */
  serverId?: string;
  /** "<server slug>/<tool>" */
  tool?: string;
  /** an outcome group or a single outcome */
  outcome?: string;
  /** a bucket instead of the whole window */
  from?: string;
  to?: string;
};

// Audit results per outcome: the trail records a result per call and the outcome in its details.
const RESULT_OF: Record<string, string> = {
  success: "success",
  errors: "error",
  upstream_error: "error",
  timeout: "error",
  overloaded: "error",
  circuit_open: "error",
  shutting_down: "error",
  internal_error: "error",
  denied: "denied",
  consent_required: "denied",
  subject_required: "denied",
  rate_limited: "denied",
  invalid: "failure",
  not_found: "failure",
  cancelled: "failure",
};
const GROUPS = new Set(["errors", "denied", "success"]);

/** The audit trail filtered to the same gateway calls a chart point or table row counts. */
export function auditDrillLink(window: DashboardWindow, target: DrillTarget = {}): string {
  const query = new URLSearchParams({ category: "gateway" });
  query.set("from", target.from ?? window.from);
  query.set("to", target.to ?? window.to);
  if (target.serverId) query.set("server", target.serverId);
  if (target.tool) query.set("tool", target.tool);
  if (target.outcome) {
    const result = RESULT_OF[target.outcome];
    if (result) query.set("result", result);
    // A single outcome (timeout, rate_limited…) narrows further by its name in the details.
    if (!GROUPS.has(target.outcome)) query.set("q", target.outcome);
  }
  return `/audit?${query.toString()}`;
}
