import "server-only";
import { db } from "@/lib/db";
import { mergeEncodedInto, newLatencySketch, quantileOf } from "@/lib/metrics/sketch/latency-sketch";
import { segmentsWhere } from "@/lib/metrics/query/summarize-rollups";
import type { TopRow } from "@/lib/metrics/dashboard-types";

import { P95_CANDIDATES, TOP_ROWS as TOP } from "@/lib/metrics/query/top-limits";

type ToolTotals = {
  server: string;
  name: string;
  calls: number;
  errors: number;
  denied: number;
  rateLimited: number;
};

function toolRow(t: ToolTotals, p95: number | null = null): TopRow {
  return {
    server: t.server,
    tool: t.name,
    calls: t.calls,
    errors: t.errors,
    errorRate: t.calls > 0 ? t.errors / t.calls : null,
    denied: t.denied,
    rateLimited: t.rateLimited,
    p95,
  };
}

/** Tools ranked by calls, by errors and by p95 over [from, to), optionally within one server. */
export async function readTopTools(from: Date, to: Date, server?: string) {
  const grouped = await db.metricRollup.groupBy({
    by: ["server", "name"],
    where: { AND: [{ dimension: "tool", ...(server ? { server } : {}) }, segmentsWhere(from, to)] },
    _sum: { calls: true, errors: true, denied: true, rateLimited: true },
  });
  const totals: ToolTotals[] = grouped.map((g) => ({
    server: g.server,
    name: g.name,
    calls: g._sum.calls ?? 0,
    errors: g._sum.errors ?? 0,
    denied: g._sum.denied ?? 0,
    rateLimited: g._sum.rateLimited ?? 0,
  }));
  const byCalls = [...totals].sort((a, b) => b.calls - a.calls);
  const byErrors = totals.filter((t) => t.errors > 0).sort((a, b) => b.errors - a.errors);
  return {
    topByCalls: byCalls.slice(0, TOP).map((t) => toolRow(t)),
    topByErrors: byErrors.slice(0, TOP).map((t) => toolRow(t)),
    topByP95: await rankByP95(byCalls.slice(0, P95_CANDIDATES), from, to),
  };
}

async function rankByP95(candidates: ToolTotals[], from: Date, to: Date): Promise<TopRow[]> {
  if (candidates.length === 0) return [];
  const rows = await db.metricRollup.findMany({
    where: {
      AND: [
        // Two IN lists instead of one OR per tool: a plan the databases run fast; the few extra
        // (server, name) pairs they let through are dropped below.
        {
          dimension: "tool",
          server: { in: [...new Set(candidates.map((c) => c.server))] },
          name: { in: [...new Set(candidates.map((c) => c.name))] },
        },
        segmentsWhere(from, to),
      ],
    },
    select: { server: true, name: true, latencySketch: true },
  });
  // Only the sketches matter for the ranking; other tools' rows (let through by the IN lists) are skipped.
  const sketches = new Map(candidates.map((c) => [`${c.server}/${c.name}`, newLatencySketch()]));
  for (const row of rows) {
    const sketch = sketches.get(`${row.server}/${row.name}`);
    if (sketch && row.latencySketch) mergeEncodedInto(sketch, row.latencySketch);
  }
  return candidates
    .map((c) => toolRow(c, quantileOf(sketches.get(`${c.server}/${c.name}`)!, 0.95)))
    .filter((row) => row.p95 !== null)
    .sort((a, b) => b.p95! - a.p95!)
    .slice(0, TOP);
}

/** API keys ranked by denied calls and by rate-limited calls, with their names. */
export async function readTopKeys(from: Date, to: Date) {
  const grouped = await db.metricRollup.groupBy({
    by: ["name"],
    where: { AND: [{ dimension: "key" }, segmentsWhere(from, to)] },
    _sum: { calls: true, errors: true, denied: true, rateLimited: true },
  });
  const rank = (field: "denied" | "rateLimited") =>
    grouped
      .filter((g) => (g._sum[field] ?? 0) > 0)
      .sort((a, b) => (b._sum[field] ?? 0) - (a._sum[field] ?? 0))
      .slice(0, TOP);
  const denied = rank("denied");
  const limited = rank("rateLimited");
  const ids = [...new Set([...denied, ...limited].map((g) => g.name))];
  const keys = await db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = new Map(keys.map((k) => [k.id, k.name]));
  const row = (g: (typeof grouped)[number]): TopRow => {
    const calls = g._sum.calls ?? 0;
    const errors = g._sum.errors ?? 0;
    return {
      server: "",
      keyId: g.name,
      keyName: nameOf.get(g.name) ?? "(deleted key)",
      calls,
      errors,
      errorRate: calls > 0 ? errors / calls : null,
      denied: g._sum.denied ?? 0,
      rateLimited: g._sum.rateLimited ?? 0,
      p95: null,
    };
  };
  return { topDeniedKeys: denied.map(row), topRateLimitedKeys: limited.map(row) };
}
