// npm run bench:metrics – issue 13's figures: the dashboards' query times over 30 days of seeded
// rollups (5 servers × 200 tools, 50 keys) on SQLite and PostgreSQL, and the gateway's c=32
// throughput with rollups on vs off in the same run. Prints figures beside the targets; never fails on one.
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { cleanUpAll, installCleanupHandlers } from "../gateway/cleanup";
import {
  createPostgresDatabase,
  createSqliteDatabase,
  makeTempDir,
  type BenchDatabase,
} from "../gateway/databases";
import { bootstrapDatabase, ensureBuild, gatehouseEnv } from "../gateway/gatehouse";
import { compareRollupsOnOff, printRollupComparison } from "../gateway/rollups-on-off";
import { startEchoServer } from "../gateway/start-echo-server";
import { SEED, seedRollups } from "./seed-rollups";

const run = promisify(execFile);
const QUERY_TARGET_P95_MS = 150;
const skipGateway = process.env.BENCH_SKIP_GATEWAY === "1";

async function databases(): Promise<BenchDatabase[]> {
  const list: BenchDatabase[] = [createSqliteDatabase(makeTempDir("gh-bench-metrics-"))];
  const pgDb = await createPostgresDatabase();
  if ("unavailable" in pgDb) console.log(`PostgreSQL skipped: ${pgDb.unavailable}`);
  else list.push(pgDb);
  return list;
}

async function queryPhase(db: BenchDatabase): Promise<void> {
  const dataDir = makeTempDir("gh-bench-metrics-data-");
  const env = gatehouseEnv(db.url, dataDir, 3999);
  await bootstrapDatabase(env);
  let t = performance.now();
  const counts = await seedRollups(db.url, Date.now());
  console.log(
    `\n=== ${db.label}: seeded ${Object.entries(counts)
      .map(([tier, n]) => `${n.toLocaleString("en-US")} ${tier}`)
      .join(", ")} rows in ${((performance.now() - t) / 1000).toFixed(0)} s ===`,
  );
  t = performance.now();
  const { stdout } = await run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "bench/metrics/query-phase.ts"],
    { env: { ...env, NODE_ENV: "production" }, maxBuffer: 1 << 20 },
  );
  const figures = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<
    string,
    Record<string, { p50: number; p95: number }>
  >;
  console.log(`  dashboard query ms (p50 / p95; target p95 <= ${QUERY_TARGET_P95_MS}):`);
  console.log(
    `  ${"range".padEnd(6)} ${"overview".padStart(18)} ${"server".padStart(18)} ${"tool".padStart(18)}`,
  );
  for (const [range, views] of Object.entries(figures)) {
    const cell = (v: { p50: number; p95: number }) =>
      `${v.p50.toFixed(0)} / ${v.p95.toFixed(0)}${v.p95 <= QUERY_TARGET_P95_MS ? " ok" : " MISS"}`.padStart(
        18,
      );
    console.log(`  ${range.padEnd(6)} ${cell(views.overview)} ${cell(views.server)} ${cell(views.tool)}`);
  }
  console.log(`  (query phase ${((performance.now() - t) / 1000).toFixed(0)} s)`);
}

async function main(): Promise<void> {
  installCleanupHandlers();
  console.log(
    `Gatehouse metrics benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}`,
  );
  console.log(
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `Seed: ${SEED.days} days of day and hour rollups and ${SEED.minuteDays} days of minute rollups for ${SEED.servers} servers × ${SEED.toolsPerServer} tools and ${SEED.keys} keys; each tool and key busy in ${(SEED.busyMinuteShare * 100).toFixed(0)} % of the minutes (BENCH_BUSY_MINUTE_SHARE).`,
  );
  for (const db of await databases()) {
    await queryPhase(db);
    await db.drop();
  }
  if (skipGateway) return;
  await ensureBuild();
  const echo = await startEchoServer();
  for (const db of await databases()) {
    const result = await compareRollupsOnOff(db, path.resolve(makeTempDir("gh-bench-rollups-")), {
      url: echo.url,
      pid: echo.process.pid!,
    });
    printRollupComparison(result);
    await db.drop();
  }
  console.log(
    `\nLoad average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => void cleanUpAll());
