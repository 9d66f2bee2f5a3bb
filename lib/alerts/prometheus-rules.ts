import type { AlertRuleView } from "@/lib/alerts/alert-types";

// The enabled rules as a Prometheus rule file against the names /api/metrics serves. Latencies
// there are in seconds, so thresholds in ms are divided by 1000; error rate and availability are
// percentages. Prometheus has no trailing window per evaluation: the rule's window becomes the
// rate() range.

const OPS: Record<string, string> = { gt: ">", gte: ">=", lt: "<", lte: "<=" };
const ERROR_OUTCOMES = "upstream_error|timeout|overloaded|circuit_open|shutting_down|internal_error";

function quote(value: string): string {
  return JSON.stringify(value);
}

function selector(rule: AlertRuleView, extra = ""): string {
  const labels: string[] = [];
  if (rule.scope !== "all" && rule.server) labels.push(`server=${quote(rule.server)}`);
  if (rule.scope === "tool" && rule.tool) labels.push(`tool=${quote(rule.tool)}`);
  if (extra) labels.push(extra);
  return labels.length ? `{${labels.join(",")}}` : "";
}

function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
}

/** The PromQL expression of a rule, or null when /api/metrics has no series for it. */
export function promqlOf(rule: AlertRuleView): string | null {
  const op = OPS[rule.comparison];
  const w = duration(rule.windowSeconds);
  const by = rule.scope === "all" ? "" : rule.scope === "server" ? " by (server)" : " by (server, tool)";
  switch (rule.metric) {
    case "p50_latency_ms":
    case "p95_latency_ms":
    case "p99_latency_ms": {
      const q = { p50_latency_ms: "0.5", p95_latency_ms: "0.95", p99_latency_ms: "0.99" }[rule.metric];
      const groups =
        rule.scope === "all" ? "le" : rule.scope === "server" ? "le, server" : "le, server, tool";
      return `histogram_quantile(${q}, sum by (${groups}) (rate(gatehouse_gateway_call_duration_seconds_bucket${selector(rule)}[${w}]))) ${op} ${rule.threshold / 1000}`;
    }
    case "error_rate":
      return `100 * sum${by} (rate(gatehouse_gateway_calls_total${selector(rule, `outcome=~"${ERROR_OUTCOMES}"`)}[${w}])) / sum${by} (rate(gatehouse_gateway_calls_total${selector(rule)}[${w}])) ${op} ${rule.threshold}`;
    case "calls_per_second":
      return `sum${by} (rate(gatehouse_gateway_calls_total${selector(rule)}[${w}])) ${op} ${rule.threshold}`;
    case "availability":
      return `100 * avg_over_time((gatehouse_upstream_health${selector(rule)} >= bool 0.5)[${w}:]) ${op} ${rule.threshold}`;
    case "upstream_down":
      return `(gatehouse_upstream_health${selector(rule)} == bool 0) ${op} ${rule.threshold}`;
    case "circuit_open":
      return `(gatehouse_upstream_breaker_state${selector(rule)} == bool 1) ${op} ${rule.threshold}`;
    default:
      return null;
  }
}

function alertName(rule: AlertRuleView): string {
  const base = (rule.builtIn ?? rule.name).replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return `Gatehouse_${base || rule.id}`;
}

/** YAML text; every string is JSON-quoted, which YAML reads as the same string. */
export function prometheusRules(rules: AlertRuleView[]): string {
  const lines = [
    "# Gatehouse alert rules, exported from GET /api/v1/alerts/prometheus-rules",
    "groups:",
    "  - name: gatehouse",
    "    rules:",
  ];
  const enabled = rules.filter((rule) => rule.isEnabled);
  for (const rule of enabled) {
    const expr = promqlOf(rule);
    if (!expr) continue;
    lines.push(
      `      - alert: ${quote(alertName(rule))}`,
      `        expr: ${quote(expr)}`,
      `        for: ${duration(rule.forSeconds)}`,
      "        labels:",
      `          severity: ${quote(rule.severity)}`,
      `          gatehouse_rule_id: ${quote(rule.id)}`,
      "        annotations:",
      `          summary: ${quote(rule.name)}`,
    );
  }
  if (enabled.length === 0) lines[lines.length - 1] = "    rules: []";
  return `${lines.join("\n")}\n`;
}
