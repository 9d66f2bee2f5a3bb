// npm run bench:audit – seeds BENCH_AUDIT_EVENTS (1,000,000) audit events through the real write
// path on SQLite and on PostgreSQL, then measures sealing, ten typical searches, free-text search,
// a full CSV export (rate and peak RSS) and verification of the whole chain. Each phase runs in its
// own process. Prints figures against the issue's targets and a baseline from the same run; never
// fails on a target.
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
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",").map((d) => d.trim());
const TARGETS = { insertPerSecond: 20_000, searchP95Ms: 100, exportPerSecond: 50_000, exportPeakRssMb: 250 };

type PhaseResult = Record<string, unknown>;
type Seed = { events: number; perSecond: number; baselinePerSecond: number; peakRssMb: number };
type Seal = { sealed: number; seals: number; seconds: number; perSecond: number };
type SearchTiming = { label: string; p50: number; p95: number; found: number };
type Search = {
  typical: SearchTiming[];
  worstP95: number;
  freeText: (SearchTiming & { firstPageMs: number })[];
};
type Export = {
  rows: number;
  bytes: number;
  seconds: number;
  perSecond: number;
  baselinePerSecond: number;
  peakRssMb: number;
};
type Verify = {
  ok: boolean;
  verifiedUpToEventId: number | null;
  eventsChecked: number;
  seconds: number;
  problem: string | null;
};

function runPhase(phase: string, databaseUrl: string, dataDir: string): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "--tsconfig", "tsconfig.json", "bench/audit/worker.ts", phase],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          DATA_DIR: dataDir,
          NODE_ENV: "production",
          BENCH_AUDIT_EVENTS: String(EVENTS),
          GATEHOUSE_SECRET: "bench-audit-secret-0123456789abcdef0123456789",
          SEED_DEMO: "false",
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("RESULT ".length)) as PhaseResult);
      else reject(new Error(`phase ${phase} exited with ${code}:\n${output.slice(-2000)}`));
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
    // As Gatehouse's bootstrap does (lib/bootstrap/enable-sqlite-wal.ts).
    const sqlite = new Database(db.url.replace(/^file:/, ""));
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const seed = (await runPhase("seed", db.url, dataDir)) as Seed;
  console.log(
    `insert: ${n(seed.events)} events at ${n(seed.perSecond)} events/s through prepareAuditRow + group commit (target >= ${n(TARGETS.insertPerSecond)}: ${mark(seed.perSecond >= TARGETS.insertPerSecond)}); baseline one INSERT per event: ${n(seed.baselinePerSecond)}/s`,
  );
  const seal = (await runPhase("seal", db.url, dataDir)) as Seal;
  console.log(
    `seal: ${n(seal.sealed)} events in ${n(seal.seals)} seals, ${n(seal.seconds, 1)} s (${n(seal.perSecond)} events/s)`,
  );
  const search = (await runPhase("search", db.url, dataDir)) as Search;
  console.log(`search (20 runs each, first page of 50, with decryption):`);
  for (const t of search.typical)
    console.log(
      `  ${t.label.padEnd(26)} p50 ${n(t.p50, 1).padStart(7)} ms   p95 ${n(t.p95, 1).padStart(7)} ms   (${t.found} rows)`,
    );
  console.log(
    `  worst p95 ${n(search.worstP95, 1)} ms (target <= ${TARGETS.searchP95Ms} ms at 1M: ${mark(search.worstP95 <= TARGETS.searchP95Ms)})`,
  );
  for (const t of search.freeText)
    console.log(
      `  ${t.label.padEnd(26)} first page ${n(t.firstPageMs, 1)} ms, then p50 ${n(t.p50, 1)} ms (${t.found} rows)`,
    );
  const exported = (await runPhase("export", db.url, dataDir)) as Export;
  console.log(
    `export CSV: ${n(exported.rows)} rows, ${n(exported.bytes / 1048576, 1)} MB in ${n(exported.seconds, 1)} s = ${n(exported.perSecond)} rows/s (target >= ${n(TARGETS.exportPerSecond)}: ${mark(exported.perSecond >= TARGETS.exportPerSecond)}); peak RSS ${exported.peakRssMb} MB (target <= ${TARGETS.exportPeakRssMb}: ${mark(exported.peakRssMb <= TARGETS.exportPeakRssMb)}); baseline reading rows only: ${n(exported.baselinePerSecond)} rows/s`,
  );
  const verify = (await runPhase("verify", db.url, dataDir)) as Verify;
  console.log(
    `verify chain: ${verify.ok ? `ok, verified up to event ${n(verify.verifiedUpToEventId ?? 0)}` : `FAILED: ${verify.problem}`}, ${n(verify.eventsChecked)} events in ${n(verify.seconds, 1)} s`,
  );
  return { label: db.label, seed, seal, search, exported, verify };
}

async function main() {
  const started = performance.now();
  console.log(
    `Gatehouse audit benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}; ${n(EVENTS)} events per database`,
  );
  console.log(
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (other work on this machine skews every figure)`,
  );
  const runs: Awaited<ReturnType<typeof benchOne>>[] = [];
  for (const kind of DATABASES) {
    const dataDir = makeTempDir(`gh-bench-audit-${kind}-`);
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
  console.log(["", ...runs.map((r) => r.label)].map((c) => c.padEnd(14)).join(" | "));
  const row = (label: string, f: (r: Awaited<ReturnType<typeof benchOne>>) => string) =>
    console.log([label, ...runs.map(f)].map((c) => c.padEnd(14)).join(" | "));
  row("insert ev/s", (r) => n(r.seed.perSecond));
  row("search p95 max", (r) => `${n(r.search.worstP95, 1)} ms`);
  row("free text 1st", (r) => `${n(r.search.freeText[0].firstPageMs, 1)} ms`);
  row("export rows/s", (r) => n(r.exported.perSecond));
  row("export RSS", (r) => `${r.exported.peakRssMb} MB`);
  row("verify", (r) => `${n(r.verify.seconds, 1)} s ${r.verify.ok ? "ok" : "FAILED"}`);
  console.log(
    `\nLoad average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; total ${n((performance.now() - started) / 1000)} s`,
  );
}

runBench("bench:audit", main);
