// The benchmark's knobs: defaults keep a full run (both databases) around fifteen minutes; each can
// be changed through the environment for a quicker or a longer look.
import path from "node:path";

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

function levels(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const values = raw.split(",").map((item) => Number(item.trim()));
  if (values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`${name} must be a comma-separated list of positive integers, got ${raw}`);
  return values;
}

export const config = {
  /** Length of each measured round; every target runs `rounds` of them per concurrency. */
  phaseSeconds: num("BENCH_PHASE_SECONDS", 2),
  rounds: num("BENCH_ROUNDS", 4),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", 2),
  /** "1,8,32" by default; the targets are read at 1 and 32, so a narrower list reports fewer. */
  concurrencies: levels("BENCH_CONCURRENCIES", [1, 8, 32]),
  /** Phases repeated with the newer protocol version (it has costs of its own, such as event stores). */
  newerProtocolConcurrencies: [1],
  /** The Redis the shared-rate-limit phase points a second Gatehouse at (skipped when unreachable). */
  redisUrl: process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379",
  memoryCalls: num("BENCH_MEMORY_CALLS", 100_000),
  memoryMaxSeconds: num("BENCH_MEMORY_MAX_SECONDS", 300),
  memoryConcurrency: 32,
  /** "sqlite,postgresql" by default. */
  databases: (process.env.BENCH_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean),
  /**
   * Experiment, off by default: another journal_mode for the SQLite file after bootstrap, which
   * chooses WAL (the mode is stored in the file), to measure what that mode would cost.
   */
  sqliteJournal: (process.env.BENCH_SQLITE_JOURNAL ?? "").toLowerCase() || null,
  /** Experiment, off by default: synchronous_commit for the PostgreSQL database (off, local, …). */
  pgSynchronousCommit: (process.env.BENCH_PG_SYNCHRONOUS_COMMIT ?? "").toLowerCase() || null,
  /** When set, Gatehouse runs with --cpu-prof and writes its profiles here. */
  cpuProfileDir: process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null,
};

/** Issue 14's targets: the governed gateway against mcp-proxy over the same stdio upstream. */
export const targets = {
  shareOfPeerAt32: 0.8,
  cpuPerCallOfPeer: 1.5,
  addedP50MsAt1: 1,
  addedP99MsAt1: 3,
  rssGrowthMb: 50,
  rssGrowthCalls: 100_000,
  redisAddedP50Ms: 0.3,
};
