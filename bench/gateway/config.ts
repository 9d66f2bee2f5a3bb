// The benchmark's knobs: defaults keep a full run (both databases) around four minutes; each can
// be changed through the environment for a quicker or a longer look.
import path from "node:path";

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

export const config = {
  /** Length of each measured phase. */
  phaseSeconds: num("BENCH_PHASE_SECONDS", 3),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", 2),
  concurrencies: [1, 8, 32],
  /** Phases repeated with the older protocol version (cheap check for per-version costs). */
  olderProtocolConcurrencies: [1],
  memoryCalls: num("BENCH_MEMORY_CALLS", 100_000),
  memoryMaxSeconds: num("BENCH_MEMORY_MAX_SECONDS", 75),
  memoryConcurrency: 32,
  /** "sqlite,postgresql" by default. */
  databases: (process.env.BENCH_DATABASES ?? "sqlite,postgresql")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean),
  /**
   * Experiment, off by default: "wal" switches the SQLite file to journal_mode=WAL after bootstrap
   * (the mode is stored in the file), to measure what Gatehouse would gain from it.
   */
  sqliteJournal: (process.env.BENCH_SQLITE_JOURNAL ?? "").toLowerCase() || null,
  /** When set, Gatehouse runs with --cpu-prof and writes its profiles here. */
  cpuProfileDir: process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null,
};

/** Issue 3's targets for the gateway path on a 2-core machine. */
export const targets = {
  addedP50Ms: 2,
  addedP95Ms: 5,
  callsPerSecondAt32: 1000,
  shareOfDirectAt32: 0.4,
  rssGrowthMb: 50,
  rssGrowthCalls: 100_000,
};
