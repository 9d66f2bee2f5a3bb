// npm run bench:privacy-requests – a person with BENCH_REQUEST_EVENTS (100,000) audit events (gateway
// calls whose arguments name them, sign-ins from their address), on SQLite and on PostgreSQL: the
// access export's rate and peak RSS against reading the same rows raw, and the erasure's time to
// completion against the same erasure of a person with 1% of the events (shredding should not
// grow with the events). Each phase runs in its own process. Never fails on a target.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { runBench } from "../gateway/cleanup";
import {
  createPostgresDatabase,
  createSqliteDatabase,
  makeTempDir,
  type BenchDatabase,
} from "../gateway/databases";
import { migrateDeploy } from "../../tests/setup/databases";

const root = path.resolve(import.meta.dirname, "../..");
const EVENTS = Number(process.env.BENCH_REQUEST_EVENTS ?? 100_000);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",").map((d) => d.trim());
const TARGETS = { eraseSeconds: 10, exportPerSecond: 20_000, exportPeakRssMb: 250 };

type Result = Record<string, unknown>;

function runPhase(args: string[], databaseUrl: string, dataDir: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [
        "--conditions=react-server",
        "--tsconfig",
        "tsconfig.json",
        "bench/privacy-requests/worker.ts",
        ...args,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          DATA_DIR: dataDir,
          NODE_ENV: "production",
          BENCH_REQUEST_EVENTS: String(EVENTS),
          GATEHOUSE_SECRET: "bench-requests-secret-0123456789abcdef01234567",
          SEED_DEMO: "false",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("RESULT ".length)) as Result);
      else reject(new Error(`phase ${args[0]} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

const n = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mark = (ok: boolean) => (ok ? "meets" : "MISSES");

async function benchOne(db: BenchDatabase, dataDir: string) {
  console.log(`\n=== ${db.label} ===`);
  await migrateDeploy(db.url);
  if (db.label.startsWith("SQLite")) {
    const sqlite = new Database(db.url.replace(/^file:/, ""));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const seed = (await runPhase(["seed"], db.url, dataDir)) as {
    big: string;
    small: string;
    legacy: string;
    seconds: number;
  };
  console.log(
    `seed: ${n(EVENTS)} + 2 × ${n(EVENTS / 100)} events, and ${n(EVENTS)} legacy events (keyed hash, plain IP), sealed, in ${n(seed.seconds, 1)} s`,
  );
  const exported = (await runPhase(["export", seed.big], db.url, dataDir)) as {
    events: number;
    seconds: number;
    perSecond: number;
    baselinePerSecond: number;
    peakRssMb: number;
    rssBeforeMb: number;
  };
  console.log(
    `access export (JSON, encrypted file, signed manifest): ${n(exported.events)} events in ${n(exported.seconds, 1)} s = ${n(exported.perSecond)} events/s (target >= ${n(TARGETS.exportPerSecond)}: ${mark(exported.perSecond >= TARGETS.exportPerSecond)}); peak RSS ${exported.peakRssMb} MB (target <= ${TARGETS.exportPeakRssMb}: ${mark(exported.peakRssMb <= TARGETS.exportPeakRssMb)}; ${exported.rssBeforeMb} MB before the export started); baseline reading the rows raw: ${n(exported.baselinePerSecond)} rows/s`,
  );
  const small = (await runPhase(["erase", seed.small], db.url, dataDir)) as { seconds: number };
  const big = (await runPhase(["erase", seed.big], db.url, dataDir)) as { seconds: number; outcome: unknown };
  console.log(
    `erasure: ${n(EVENTS)} events in ${n(big.seconds, 2)} s (target <= ${TARGETS.eraseSeconds} s: ${mark(big.seconds <= TARGETS.eraseSeconds)}); peer with ${n(EVENTS / 100)} events ${n(small.seconds, 2)} s (ratio ${n(big.seconds / small.seconds, 1)}×)`,
  );
  console.log(`  counts: ${JSON.stringify(big.outcome)}`);
  const legacy = (await runPhase(["erase", seed.legacy], db.url, dataDir)) as { seconds: number };
  console.log(
    `erasure, worst case: ${n(EVENTS)} legacy events, each redacted and its IP re-encrypted, in ${n(legacy.seconds, 2)} s (target <= ${TARGETS.eraseSeconds} s: ${mark(legacy.seconds <= TARGETS.eraseSeconds)})`,
  );
  return { label: db.label, exported, big, small, legacy };
}

async function main() {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(
    `Gatehouse data-subject request benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}; ${n(EVENTS)} events for the person`,
  );
  console.log(`Load average at start: ${load()} (other work on this machine skews every figure)`);
  const runs: Awaited<ReturnType<typeof benchOne>>[] = [];
  for (const kind of DATABASES) {
    const dataDir = makeTempDir(`gh-bench-requests-${kind}-`);
    let db: BenchDatabase;
    if (kind === "sqlite") db = createSqliteDatabase(dataDir);
    else {
      const created = await createPostgresDatabase();
      if ("unavailable" in created) {
        console.log(`\n=== PostgreSQL: skipped (${created.unavailable}) ===`);
        continue;
      }
      db = created;
    }
    try {
      runs.push(await benchOne(db, dataDir));
    } finally {
      await db.drop();
    }
  }
  console.log(`\n=== Summary (${n(EVENTS)} events) ===`);
  for (const r of runs)
    console.log(
      `${r.label.padEnd(10)} export ${n(r.exported.perSecond)} events/s, ${r.exported.peakRssMb} MB | erasure ${n(r.big.seconds, 2)} s (peer ${n(r.small.seconds, 2)} s; all legacy ${n(r.legacy.seconds, 2)} s)`,
    );
  console.log(`Load average at end: ${load()}`);
}

runBench("bench:privacy-requests", main);
