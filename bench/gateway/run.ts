// npm run bench:gateway – tools/call of an echo tool, directly and through Gatehouse's /api/mcp,
// on SQLite and on PostgreSQL. Prints figures and the targets; never fails on a target.
import os from "node:os";
import path from "node:path";
import { cleanUpAll, installCleanupHandlers, isStopping } from "./cleanup";
import { config, targets } from "./config";
import { createPostgresDatabase, createSqliteDatabase, makeTempDir, type BenchDatabase } from "./databases";
import { benchDatabase } from "./bench-database";
import { ensureBuild } from "./gatehouse";
import { printSummary, type DatabaseRun } from "./report";
import { startEchoServer } from "./start-echo-server";

async function main(): Promise<void> {
  installCleanupHandlers();
  const started = performance.now();
  console.log(
    `Gatehouse gateway benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (other work on this machine skews every figure)`,
  );
  console.log(
    `Phases of ${config.phaseSeconds} s after a ${config.warmupSeconds} s warm-up; memory phase ${config.memoryCalls.toLocaleString("en-US")} calls (at most ${config.memoryMaxSeconds} s).`,
  );
  console.log(
    `Targets: added p50 <= ${targets.addedP50Ms} ms and p95 <= ${targets.addedP95Ms} ms at c=1; >= ${targets.callsPerSecondAt32} calls/s and >= ${targets.shareOfDirectAt32 * 100}% of direct at c=32; RSS growth <= ${targets.rssGrowthMb} MB over ${targets.rssGrowthCalls.toLocaleString("en-US")} calls.`,
  );
  if (config.cpuProfileDir) console.log(`CPU profiles of Gatehouse go to ${config.cpuProfileDir}`);

  await ensureBuild();
  const echo = await startEchoServer();
  console.log(`Upstream echo server (stateless, JSON responses): ${echo.url} (pid ${echo.process.pid})`);

  const results: DatabaseRun[] = [];
  for (const kind of config.databases) {
    const dataDir = makeTempDir(`gh-bench-${kind}-`);
    let db: BenchDatabase;
    if (kind === "sqlite") {
      db = createSqliteDatabase(dataDir, config.sqliteJournal);
    } else if (kind === "postgresql" || kind === "postgres") {
      const created = await createPostgresDatabase();
      if ("unavailable" in created) {
        console.log(
          `\n=== PostgreSQL: skipped, postgresql://postgres@127.0.0.1:5432 is unreachable (${created.unavailable}) ===`,
        );
        continue;
      }
      db = created;
    } else {
      throw new Error(`BENCH_DATABASES: unknown database ${kind} (use sqlite, postgresql)`);
    }
    results.push(await benchDatabase(db, path.resolve(dataDir), { url: echo.url, pid: echo.process.pid }));
    await db.drop();
  }
  if (results.length > 0) printSummary(results);
  console.log(
    `\nLoad average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main()
  .then(() => cleanUpAll())
  .then(
    () => process.exit(0),
    async (error: unknown) => {
      if (isStopping()) return; // the signal handler cleans up and exits
      console.error(
        `\nbench:gateway failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await cleanUpAll();
      process.exit(1);
    },
  );
