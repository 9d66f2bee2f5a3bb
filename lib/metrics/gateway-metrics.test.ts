import { describe, expect, test } from "vitest";
import {
  forgetUpstreamMetrics,
  recordGatewayCall,
  setBreakerState,
  setUpstreamHealth,
} from "@/lib/metrics/gateway-metrics";
import { metricsRegistry } from "@/lib/metrics/registry";

// Unique server names per test: the registry is process-wide, like in the app.
function server(): string {
  return `srv_${Math.random().toString(36).slice(2, 8)}`;
}

function line(text: string, prefix: string): string | undefined {
  return text.split("\n").find((l) => l.startsWith(prefix));
}

describe("gateway metrics", () => {
  test("recordGatewayCall counts calls by server, tool, method and outcome", async () => {
    const s = server();
    recordGatewayCall({
      server: s,
      tool: "echo",
      method: "tools/call",
      outcome: "success",
      durationMs: 3,
      upstreamMs: 1.5,
    });
    recordGatewayCall({ server: s, tool: "echo", method: "tools/call", outcome: "success", durationMs: 7 });
    recordGatewayCall({
      server: s,
      tool: "echo",
      method: "tools/call",
      outcome: "timeout",
      durationMs: 30_000,
    });
    const text = await metricsRegistry.metrics();
    expect(
      line(
        text,
        `gatehouse_gateway_calls_total{server="${s}",tool="echo",method="tools/call",outcome="success"}`,
      ),
    ).toMatch(/ 2$/);
    expect(
      line(
        text,
        `gatehouse_gateway_calls_total{server="${s}",tool="echo",method="tools/call",outcome="timeout"}`,
      ),
    ).toMatch(/ 1$/);
  });

  test("durations land in seconds in the histograms", async () => {
    const s = server();
    recordGatewayCall({
      server: s,
      tool: "add",
      method: "tools/call",
      outcome: "success",
      durationMs: 3,
      upstreamMs: 2,
    });
    recordGatewayCall({
      server: s,
      tool: "add",
      method: "tools/call",
      outcome: "upstream_error",
      durationMs: 400,
    });
    const text = await metricsRegistry.metrics();
    expect(line(text, `gatehouse_gateway_call_duration_seconds_count{server="${s}",tool="add"}`)).toMatch(
      / 2$/,
    );
    expect(line(text, `gatehouse_gateway_call_duration_seconds_sum{server="${s}",tool="add"}`)).toMatch(
      / 0\.403$/,
    );
    expect(
      line(text, `gatehouse_gateway_call_duration_seconds_bucket{le="0.005",server="${s}",tool="add"}`),
    ).toMatch(/ 1$/);
    expect(
      line(text, `gatehouse_gateway_call_duration_seconds_bucket{le="0.5",server="${s}",tool="add"}`),
    ).toMatch(/ 2$/);
    expect(line(text, `gatehouse_gateway_upstream_duration_seconds_count{server="${s}"}`)).toMatch(/ 1$/);
    expect(line(text, `gatehouse_gateway_upstream_duration_seconds_sum{server="${s}"}`)).toMatch(/ 0\.002$/);
  });

  test("breaker state and upstream health are gauges, and a forgotten server disappears", async () => {
    const s = server();
    setBreakerState(s, "half_open");
    setUpstreamHealth(s, "degraded");
    let text = await metricsRegistry.metrics();
    expect(line(text, `gatehouse_upstream_breaker_state{server="${s}"}`)).toMatch(/ 2$/);
    expect(line(text, `gatehouse_upstream_health{server="${s}"}`)).toMatch(/ 0\.5$/);
    setBreakerState(s, "open");
    setUpstreamHealth(s, "unknown");
    text = await metricsRegistry.metrics();
    expect(line(text, `gatehouse_upstream_breaker_state{server="${s}"}`)).toMatch(/ 1$/);
    expect(line(text, `gatehouse_upstream_health{server="${s}"}`)).toMatch(/ -1$/);
    forgetUpstreamMetrics(s);
    expect(await metricsRegistry.metrics()).not.toContain(`server="${s}"`);
  });

  test("the registry also exposes the standard process metrics", async () => {
    const text = await metricsRegistry.metrics();
    expect(text).toContain("# TYPE process_cpu_seconds_total counter");
    expect(text).toContain("# TYPE nodejs_heap_size_used_bytes gauge");
    expect(metricsRegistry.contentType).toContain("text/plain");
  });
});
