// One database's dashboard query timings, in a process of its own (the app's db client is one
// per process): node --conditions=react-server --import tsx bench/metrics/query-phase.ts
// Environment: DATABASE_URL (already seeded). Prints one JSON line of figures.
import {
  readOverviewDashboard,
  readServerDashboard,
  readToolDashboard,
} from "@/lib/metrics/query/read-dashboards";
import type { MetricRange } from "@/lib/metrics/dashboard-types";
import { db } from "@/lib/db";

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 15);
const RANGES: Exclude<MetricRange, "custom">[] = ["1h", "24h", "7d", "30d"];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function time(run: () => Promise<unknown>) {
  await run(); // warm: statement cache, pages
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
}

async function main() {
  // The seeded rollups name srv-0…; the server dashboards look their servers up.
  for (let s = 0; s < 5; s++)
    await db.upstreamServer.create({
      data: {
        slug: `srv-${s}`,
        name: `Bench server ${s}`,
        transport: "stdio",
        command: "node",
        isEnabled: false,
      },
    });
  const figures: Record<string, Record<string, { p50: number; p95: number }>> = {};
  for (const range of RANGES) {
    figures[range] = {
      overview: await time(() => readOverviewDashboard({ range })),
      server: await time(() => readServerDashboard("srv-1", { range })),
      tool: await time(() => readToolDashboard("srv-1", "tool-7", { range })),
    };
  }
  console.log(JSON.stringify(figures));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
