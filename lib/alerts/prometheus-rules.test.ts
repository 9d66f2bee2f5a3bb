import { describe, expect, test } from "vitest";
import { prometheusRules, promqlOf } from "@/lib/alerts/prometheus-rules";
import type { AlertRuleView } from "@/lib/alerts/alert-types";

function rule(patch: Partial<AlertRuleView>): AlertRuleView {
  return {
    id: "r1",
    builtIn: null,
    name: "Rule",
    metric: "p95_latency_ms",
    scope: "all",
    server: null,
    tool: null,
    comparison: "gt",
    threshold: 5000,
    forSeconds: 0,
    windowSeconds: 300,
    severity: "warning",
    isEnabled: true,
    createdAt: "",
    updatedAt: "",
    ...patch,
  };
}

describe("prometheus rules", () => {
  test("p95 latency in seconds against the call-duration histogram", () => {
    expect(promqlOf(rule({}))).toBe(
      "histogram_quantile(0.95, sum by (le) (rate(gatehouse_gateway_call_duration_seconds_bucket[5m]))) > 5",
    );
  });

  test("error rate over one server uses the error outcomes", () => {
    expect(promqlOf(rule({ metric: "error_rate", scope: "server", server: "docs", threshold: 5 }))).toBe(
      '100 * sum by (server) (rate(gatehouse_gateway_calls_total{server="docs",outcome=~"upstream_error|timeout|overloaded|circuit_open|shutting_down|internal_error"}[5m])) / sum by (server) (rate(gatehouse_gateway_calls_total{server="docs"}[5m])) > 5',
    );
  });

  test("only enabled rules, with for, severity and a summary", () => {
    const text = prometheusRules([
      rule({
        builtIn: "p99_latency",
        name: "p99 latency above 1 s",
        metric: "p99_latency_ms",
        threshold: 1000,
        forSeconds: 300,
      }),
      rule({ id: "r2", name: "Off", isEnabled: false }),
    ]);
    expect(text).toContain('- alert: "Gatehouse_p99_latency"');
    expect(text).toContain("for: 5m");
    expect(text).toContain('severity: "warning"');
    expect(text).toContain('summary: "p99 latency above 1 s"');
    expect(text).not.toContain("Off");
  });
});
