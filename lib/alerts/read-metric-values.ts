import "server-only";
import { db } from "@/lib/db";
import { summarizeRollups, type RollupScope } from "@/lib/metrics/query/summarize-rollups";
import type { AlertMetric } from "@/lib/alerts/alert-types";

export type RuleInput = {
  metric: string;
  scope: string;
  server: string | null;
  tool: string | null;
  windowSeconds: number;
};

/** One value per instance ("" for the rule's scope as a whole, else a server slug); null: no data. */
export type InstanceValues = Map<string, number | null>;

/** The values, and for upstream conditions that hold, since when they have held. */
export type MetricReading = { values: InstanceValues; since: Map<string, Date> };

/** The rule's metric now, over its trailing window. */
export async function readMetricValues(rule: RuleInput, now: Date): Promise<MetricReading> {
  const from = new Date(now.getTime() - rule.windowSeconds * 1000);
  const metric = rule.metric as AlertMetric;
  if (metric === "upstream_down" || metric === "circuit_open" || metric === "availability")
    return readUpstreamValues(metric, rule.scope === "all" ? null : rule.server, from);
  const summary = await summarizeRollups({ scope: rollupScope(rule), from, to: now });
  const values: InstanceValues = new Map();
  if (metric === "calls_per_second") values.set("", summary.calls / rule.windowSeconds);
  else if (metric === "error_rate")
    values.set("", summary.calls > 0 ? (summary.errors / summary.calls) * 100 : null);
  else if (metric === "p50_latency_ms") values.set("", summary.p50);
  else if (metric === "p95_latency_ms") values.set("", summary.p95);
  else values.set("", summary.p99);
  return { values, since: new Map() };
}

function rollupScope(rule: RuleInput): RollupScope {
  if (rule.scope === "server" && rule.server) return { dimension: "server", server: rule.server };
  if (rule.scope === "tool" && rule.server && rule.tool)
    return { dimension: "tool", server: rule.server, tool: rule.tool };
  return { dimension: "all" };
}

/**
 * Per server: upstream_down 1 when the latest health check said down, circuit_open 1 when the
 * latest breaker change opened it, availability the share of health checks in the window that
 * were not down (unknown ones are not counted). Servers without samples in the window have no
 * instance, except that the latest state before the window still counts for down and open.
 */
async function readUpstreamValues(
  metric: "upstream_down" | "circuit_open" | "availability",
  server: string | null,
  from: Date,
): Promise<MetricReading> {
  const kind = metric === "circuit_open" ? "breaker" : "health";
  const values: InstanceValues = new Map();
  if (metric === "availability") {
    const groups = await db.upstreamStateSample.groupBy({
      by: ["server", "state"],
      where: { kind, at: { gte: from }, ...(server ? { server } : {}) },
      _count: { _all: true },
    });
    const totals = new Map<string, { up: number; counted: number }>();
    for (const group of groups) {
      if (group.state === "unknown") continue;
      const total = totals.get(group.server) ?? { up: 0, counted: 0 };
      total.counted += group._count._all;
      if (group.state !== "down") total.up += group._count._all;
      totals.set(group.server, total);
    }
    for (const [slug, total] of totals) values.set(slug, (total.up / total.counted) * 100);
    return { values, since: new Map() };
  }
  // The latest sample per server: the breaker writes only its changes, so look back past the window.
  const latest = await db.upstreamStateSample.groupBy({
    by: ["server"],
    where: { kind, ...(server ? { server } : {}) },
    _max: { id: true },
  });
  const ids = latest.map((row) => row._max.id).filter((id): id is number => id !== null);
  const since = new Map<string, Date>();
  if (ids.length === 0) return { values, since };
  const rows = await db.upstreamStateSample.findMany({ where: { id: { in: ids } } });
  const bad = metric === "circuit_open" ? "open" : "down";
  for (const row of rows) {
    // A health sample older than the window says nothing current (the server may be gone).
    if (kind === "health" && row.at < from) continue;
    values.set(row.server, row.state === bad ? 1 : 0);
    if (row.state === bad) since.set(row.server, await runStart(row.server, kind, bad, row.at));
  }
  return { values, since };
}

/** When the current run of `bad` samples began: the first one after the last sample that was not. */
async function runStart(server: string, kind: string, bad: string, latestAt: Date): Promise<Date> {
  const lastGood = await db.upstreamStateSample.findFirst({
    where: { server, kind, state: { not: bad } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const first = await db.upstreamStateSample.findFirst({
    where: { server, kind, state: bad, ...(lastGood ? { id: { gt: lastGood.id } } : {}) },
    orderBy: { id: "asc" },
    select: { at: true },
  });
  return first?.at ?? latestAt;
}
