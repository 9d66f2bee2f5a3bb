import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dashboardWindow, type DashboardQuery } from "@/lib/metrics/query/dashboard-window";
import { readSeries, readStepMergers, seriesFrom, stepStarts } from "@/lib/metrics/query/read-series";
import { summarizeRollups } from "@/lib/metrics/query/summarize-rollups";
import { readTopKeys, readTopTools } from "@/lib/metrics/query/read-top-tables";
import { readAvailability, readUpstreamStates } from "@/lib/metrics/query/read-upstream-states";
import type { OverviewDashboard, ServerDashboard, ToolDashboard } from "@/lib/metrics/dashboard-types";

function windowOf(query: DashboardQuery) {
  const window = dashboardWindow(query);
  const { tier, ...shown } = window;
  return { window, shown, tier, from: new Date(window.from), to: new Date(window.to) };
}

export async function readOverviewDashboard(query: DashboardQuery): Promise<OverviewDashboard> {
  const { window, shown, from, to } = windowOf(query);
  const [summary, series, tools, keys, availability] = await Promise.all([
    summarizeRollups({ scope: { dimension: "all" }, from, to }),
    readSeries({ dimension: "all" }, window),
    readTopTools(from, to),
    readTopKeys(from, to),
    readAvailability(from, to),
  ]);
  return { window: shown, summary, series, ...tools, ...keys, availability };
}

async function serverNamed(slug: string) {
  const server = await db.upstreamServer.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, maxConcurrent: true },
  });
  if (!server) throw new AppError("not_found", `No server "${slug}"`);
  return server;
}

export async function readServerDashboard(slug: string, query: DashboardQuery): Promise<ServerDashboard> {
  const server = await serverNamed(slug);
  const { window, shown, from, to } = windowOf(query);
  const scope = { dimension: "server", server: slug } as const;
  const [summary, series, tools, states, steps] = await Promise.all([
    summarizeRollups({ scope, from, to }),
    readSeries(scope, window),
    readTopTools(from, to, slug),
    readUpstreamStates(slug, from, to),
    readPeakInflight(slug, window),
  ]);
  const { healthBands, breakerBands, healthChecks, availability } = states;
  return {
    window: shown,
    server,
    summary,
    series,
    ...tools,
    healthBands,
    breakerBands,
    healthChecks,
    availability,
    saturation: steps.map(({ t, peakInflight }) => ({
      t,
      peakInflight,
      ratio: server.maxConcurrent > 0 ? peakInflight / server.maxConcurrent : 0,
    })),
  };
}

/** The most calls in flight at once against a server, per chart step. */
async function readPeakInflight(server: string, window: ReturnType<typeof dashboardWindow>) {
  const step = window.stepSeconds * 1000;
  const rows = await db.metricRollup.findMany({
    where: {
      dimension: "server",
      server,
      name: "",
      tier: window.tier,
      bucketStart: { gte: new Date(window.from), lt: new Date(window.to) },
    },
    select: { bucketStart: true, peakInflight: true },
  });
  const peaks = new Map(stepStarts(window).map((t) => [t, 0]));
  for (const row of rows) {
    const start = row.bucketStart.getTime() - (row.bucketStart.getTime() % step);
    peaks.set(start, Math.max(peaks.get(start) ?? 0, row.peakInflight));
  }
  return [...peaks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, peakInflight]) => ({ t: new Date(t).toISOString(), peakInflight }));
}

export async function readToolDashboard(
  slug: string,
  tool: string,
  query: DashboardQuery,
): Promise<ToolDashboard> {
  const server = await serverNamed(slug);
  const { window, shown, from, to } = windowOf(query);
  const scope = { dimension: "tool", server: slug, tool } as const;
  const [summary, steps] = await Promise.all([
    summarizeRollups({ scope, from, to }),
    readStepMergers(scope, window),
  ]);
  const series = seriesFrom(steps, window.stepSeconds);
  const outcomeSeries = [...steps.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, merger]) => ({ t: new Date(t).toISOString(), ...merger.outcomes }));
  return {
    window: shown,
    server: { id: server.id, slug: server.slug, name: server.name },
    tool,
    summary,
    series,
    outcomeSeries,
  };
}
