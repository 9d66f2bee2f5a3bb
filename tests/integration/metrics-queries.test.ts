// The dashboards' figures from rollup rows of two writers, through the REST routes: sums, merged
// quantiles against a sorted array, top tables, availability and bands, and range validation.
import { beforeAll, describe, expect, test } from "vitest";
import * as overviewRoute from "@/app/api/v1/metrics/overview/route";
import * as serverRoute from "@/app/api/v1/metrics/servers/[slug]/route";
import * as toolRoute from "@/app/api/v1/metrics/servers/[slug]/tools/[tool]/route";
import { db } from "@/lib/db";
import { encodeSketch, newLatencySketch } from "@/lib/metrics/sketch/latency-sketch";
import { bucketStartOf, type RollupTier } from "@/lib/metrics/rollups/rollup-tiers";
import type { OverviewDashboard, ServerDashboard, ToolDashboard } from "@/lib/metrics/dashboard-types";
import { call, type ErrorBody } from "../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../helpers/fixtures";
import { createServer } from "@/lib/servers/create-server";
import { everythingStdio } from "../helpers/upstream";

let viewer: TestKey;
const NOW = Date.now();
const latencies: number[] = [];

type Row = {
  tier: RollupTier;
  at: number;
  dimension: string;
  server: string;
  name: string;
  writer: string;
  values: number[];
  outcome: string;
};

async function insert(row: Row) {
  const sketch = newLatencySketch();
  for (const v of row.values) sketch.accept(v);
  const errors = row.outcome === "timeout" ? row.values.length : 0;
  const denied = row.outcome === "denied" ? row.values.length : 0;
  await db.metricRollup.create({
    data: {
      tier: row.tier,
      bucketStart: new Date(bucketStartOf(row.tier, row.at)),
      dimension: row.dimension,
      server: row.server,
      name: row.name,
      writer: row.writer,
      calls: row.values.length,
      errors,
      denied,
      rateLimited: 0,
      outcomes: JSON.stringify({ [row.outcome]: row.values.length }),
      latencySumMs: row.values.reduce((a, b) => a + b, 0),
      latencySketch: row.dimension === "key" ? null : encodeSketch(sketch),
      peakInflight: row.dimension === "server" ? 4 : 0,
    },
  });
}

/** The calls of one writer in the minute 5 minutes ago, in every tier and series, as the recorder writes them. */
async function writeCalls(writer: string, tool: string, values: number[], outcome: string, keyId: string) {
  const at = NOW - 5 * 60_000;
  for (const tier of ["minute", "hour", "day"] as const) {
    await insert({ tier, at, dimension: "all", server: "", name: "", writer, values, outcome });
    await insert({ tier, at, dimension: "server", server: "qsrv", name: "", writer, values, outcome });
    await insert({ tier, at, dimension: "tool", server: "qsrv", name: tool, writer, values, outcome });
    await insert({ tier, at, dimension: "key", server: "", name: keyId, writer, values, outcome });
  }
}

beforeAll(async () => {
  await seedRoles();
  viewer = await createTestKey(["viewer"]);
  await createServer(
    { slug: "qsrv", name: "Query server", ...everythingStdio(), isEnabled: false },
    { actor: { type: "system" } },
  );
  const a = Array.from({ length: 400 }, (_, i) => 1 + i * 0.5);
  const b = Array.from({ length: 600 }, (_, i) => 150 + i * 2);
  latencies.push(...a, ...b);
  await writeCalls("writer-a", "fast", a, "success", viewer.key.id);
  await writeCalls("writer-b", "fast", b, "success", viewer.key.id);
  await writeCalls("writer-c", "slow", [5000, 6000, 7000], "timeout", viewer.key.id);
  await writeCalls("writer-d", "guarded", [1, 1], "denied", viewer.key.id);
  for (const [state, minutesAgo] of [
    ["healthy", 50],
    ["down", 30],
    ["healthy", 20],
    ["healthy", 10],
  ] as const)
    await db.upstreamStateSample.create({
      data: {
        server: "qsrv",
        kind: "health",
        state,
        writer: "writer-a",
        at: new Date(NOW - minutesAgo * 60_000),
      },
    });
  await db.upstreamStateSample.create({
    data: {
      server: "qsrv",
      kind: "breaker",
      state: "open",
      writer: "writer-a",
      at: new Date(NOW - 30 * 60_000),
    },
  });
  await db.upstreamStateSample.create({
    data: {
      server: "qsrv",
      kind: "breaker",
      state: "closed",
      writer: "writer-a",
      at: new Date(NOW - 25 * 60_000),
    },
  });
});

const overview = (query: Record<string, string>) =>
  call<{ dashboard: OverviewDashboard }>(
    overviewRoute.GET,
    "GET",
    `/api/v1/metrics/overview?${new URLSearchParams(query)}`,
    {
      apiKey: viewer.secret,
    },
  );

describe("metrics dashboards", () => {
  test("the overview sums both writers and merges their sketches: p95 within 1 % of the sorted calls'", async () => {
    const res = await overview({ range: "1h" });
    expect(res.status).toBe(200);
    const d = res.body.dashboard;
    expect(d.summary.calls).toBe(1005);
    expect(d.summary.errors).toBe(3);
    expect(d.summary.denied).toBe(2);
    const all = [...latencies, 5000, 6000, 7000, 1, 1].sort((x, y) => x - y);
    const exact = all[Math.floor(0.95 * (all.length - 1))];
    expect(Math.abs(d.summary.p95! - exact) / exact).toBeLessThan(0.0101);
    expect(d.window.stepSeconds).toBe(60);
    expect(d.series.reduce((s, p) => s + p.calls, 0)).toBe(1005);
    expect(d.topByCalls[0]).toMatchObject({ server: "qsrv", tool: "fast", calls: 1000 });
    expect(d.topByErrors.map((r) => r.tool)).toEqual(["slow"]);
    expect(d.topByP95[0]).toMatchObject({ tool: "slow" });
    expect(d.topDeniedKeys[0]).toMatchObject({ keyId: viewer.key.id, denied: 2 });
    expect(d.topDeniedKeys[0].keyName).toBe(viewer.key.name);
    const qsrv = d.availability.find((a) => a.server === "qsrv")!;
    expect(qsrv.availability).toBeCloseTo(3 / 4, 5);
    expect(qsrv.breaker).toBe("closed");
  });

  test("30 days read day, hour and minute rows without counting a call twice", async () => {
    const d = (await overview({ range: "30d" })).body.dashboard;
    expect(d.summary.calls).toBe(1005);
    expect(d.series.reduce((s, p) => s + p.calls, 0)).toBe(1005);
    expect(d.window.stepSeconds).toBeGreaterThanOrEqual(3600);
  });

  test("a server's dashboard has its bands and saturation; a tool's its outcomes", async () => {
    const s = await call<{ dashboard: ServerDashboard }>(
      serverRoute.GET,
      "GET",
      "/api/v1/metrics/servers/qsrv?range=1h",
      {
        apiKey: viewer.secret,
        params: { slug: "qsrv" },
      },
    );
    expect(s.status).toBe(200);
    expect(s.body.dashboard.healthBands.map((b) => b.state)).toEqual(["healthy", "down", "healthy"]);
    expect(s.body.dashboard.breakerBands.map((b) => b.state)).toEqual(["closed", "open", "closed"]);
    expect(Math.max(...s.body.dashboard.saturation.map((p) => p.peakInflight))).toBe(4);
    const t = await call<{ dashboard: ToolDashboard }>(
      toolRoute.GET,
      "GET",
      "/api/v1/metrics/servers/qsrv/tools/slow?range=24h",
      {
        apiKey: viewer.secret,
        params: { slug: "qsrv", tool: "slow" },
      },
    );
    expect(t.body.dashboard.summary.outcomes).toEqual({ timeout: 3 });
    expect(t.body.dashboard.outcomeSeries.reduce((n, p) => n + Number(p.timeout ?? 0), 0)).toBe(3);
  });

  test("bad ranges and unknown servers get the error envelope", async () => {
    const bad = await call<ErrorBody>(overviewRoute.GET, "GET", "/api/v1/metrics/overview?range=2y", {
      apiKey: viewer.secret,
    });
    expect(bad.status).toBe(400);
    const custom = await call<ErrorBody>(
      overviewRoute.GET,
      "GET",
      `/api/v1/metrics/overview?range=custom&from=2026-12-02T10:00:00Z&to=2026-12-01T10:00:00Z`,
      {
        apiKey: viewer.secret,
      },
    );
    expect(custom.status).toBe(400);
    expect(JSON.stringify(custom.body)).toContain("to must be after from");
    const missing = await call<ErrorBody>(serverRoute.GET, "GET", "/api/v1/metrics/servers/nope", {
      apiKey: viewer.secret,
      params: { slug: "nope" },
    });
    expect(missing.status).toBe(404);
  });
});
