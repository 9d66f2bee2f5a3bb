// npm run bench:gateway – tools/call of server-everything's echo over stdio, through mcp-proxy (a
// bare proxy, the peer) and through Gatehouse's governed /api/mcp, side by side in one run, on
// SQLite and on PostgreSQL. Prints figures and the targets; never fails on a target.
import os from "node:os";
import path from "node:path";
import { runBench } from "./cleanup";
import { config, targets } from "./config";
import { createPostgresDatabase, createSqliteDatabase, makeTempDir, type BenchDatabase } from "./databases";
import { benchDatabase } from "./bench-database";
import { ensureBuild } from "./gatehouse";
import { printSummary, type DatabaseRun } from "./report";
import { startPeerProxy } from "./peer-proxy";

async function main(): Promise<void> {
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
    `${config.rounds} interleaved rounds of ${config.phaseSeconds} s per target and level after a ${config.warmupSeconds} s warm-up; memory phase ${config.memoryCalls.toLocaleString("en-US")} calls (at most ${config.memoryMaxSeconds} s).`,
  );
  console.log(
    `Targets against mcp-proxy: >= ${targets.shareOfPeerAt32}× its calls/s at c=32; <= ${targets.cpuPerCallOfPeer}× its CPU per call; p50 <= +${targets.addedP50MsAt1} ms and p99 <= +${targets.addedP99MsAt1} ms at c=1; RSS growth <= ${targets.rssGrowthMb} MB over ${targets.rssGrowthCalls.toLocaleString("en-US")} calls; Redis adds <= ${targets.redisAddedP50Ms} ms p50.`,
  );
  if (config.cpuProfileDir) console.log(`CPU profiles of Gatehouse go to ${config.cpuProfileDir}`);

  await ensureBuild();
  const peer = await startPeerProxy();
  console.log(
    `Peer: mcp-proxy --no-eventStore over stdio server-everything at ${peer.url} (pid ${peer.pid})`,
  );

  const results: DatabaseRun[] = [];
  for (const kind of config.databases) {
    const dataDir = makeTempDir(`gh-bench-${kind}-`);
    let db: BenchDatabase;
    if (kind === "sqlite") {
      db = createSqliteDatabase(dataDir, config.sqliteJournal);
    } else if (kind === "postgresql" || kind === "postgres") {
      const created = await createPostgresDatabase(config.pgSynchronousCommit);
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
    results.push(await benchDatabase(db, path.resolve(dataDir), peer));
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

runBench("bench:gateway", main);
