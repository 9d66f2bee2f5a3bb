// Seeds 30 days of rollups straight into a bench database, as the recorder would have written
// them: day and hour rows for every series, and minute rows for the last 14 days, where each tool
// is busy in a share of the minutes (every minute of every tool would be 20 M rows a database).
import Database from "better-sqlite3";
import pg from "pg";
import { encodeSketch, newLatencySketch } from "../../lib/metrics/sketch/latency-sketch";

export const SEED = {
  servers: 5,
  toolsPerServer: 200,
  keys: 50,
  days: 30,
  minuteDays: 14,
  /** share of minutes in which a given tool (or key) has calls */
  busyMinuteShare: Number(process.env.BENCH_BUSY_MINUTE_SHARE ?? 0.03),
};

const COLUMNS = `"tier","bucketStart","dimension","server","name","writer","calls","errors","denied","rateLimited","outcomes","latencySumMs","latencySketch","peakInflight","updatedAt"`;
type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  number,
  number,
  string,
  number,
  string | null,
  number,
  string,
];

// A pool of stored sketches, reused across rows: realistic bins without a sketch per row.
const SKETCHES = Array.from({ length: 64 }, (_, i) => {
  const sketch = newLatencySketch();
  for (let j = 0; j < 50; j++) sketch.accept(1 + Math.random() ** 3 * (50 + i * 40));
  return encodeSketch(sketch);
});

function* rows(now: number, isPostgres: boolean): Generator<Row> {
  const stamp = (ms: number) =>
    isPostgres ? new Date(ms).toISOString() : new Date(ms).toISOString().replace("Z", "+00:00");
  const updated = stamp(now);
  const day = 86_400_000;
  const tools: [string, string][] = [];
  for (let s = 0; s < SEED.servers; s++)
    for (let t = 0; t < SEED.toolsPerServer; t++) tools.push([`srv-${s}`, `tool-${t}`]);
  const row = (
    tier: string,
    at: number,
    dimension: string,
    server: string,
    name: string,
    calls: number,
  ): Row => {
    const errors = Math.floor(calls * 0.02);
    const sketch = dimension === "key" ? null : SKETCHES[((at / 60_000 + name.length) % SKETCHES.length) | 0];
    return [
      tier,
      stamp(at),
      dimension,
      server,
      name,
      "bench-writer",
      calls,
      errors,
      Math.floor(calls * 0.01),
      0,
      JSON.stringify({ success: calls - errors, upstream_error: errors }),
      calls * 20,
      sketch,
      dimension === "server" ? 3 : 0,
      updated,
    ];
  };
  const start = now - (now % day) - (SEED.days - 1) * day;
  for (const [tier, step, from] of [
    ["day", day, start],
    ["hour", 3_600_000, start],
    ["minute", 60_000, now - (now % 60_000) - SEED.minuteDays * day],
  ] as const) {
    const scale = step / 60_000;
    for (let at = from; at <= now; at += step) {
      yield row(tier, at, "all", "", "", 500 * scale);
      for (let s = 0; s < SEED.servers; s++) yield row(tier, at, "server", `srv-${s}`, "", 100 * scale);
      for (const [server, tool] of tools)
        if (tier !== "minute" || Math.random() < SEED.busyMinuteShare)
          yield row(tier, at, "tool", server, tool, Math.max(1, Math.round(0.5 * scale)));
      for (let k = 0; k < SEED.keys; k++)
        if (tier !== "minute" || Math.random() < SEED.busyMinuteShare)
          yield row(tier, at, "key", "", `key-${k}`, Math.max(1, Math.round(10 * scale)));
    }
  }
}

const BATCH = 500;

/** Inserts the rows; returns how many per tier. */
export async function seedRollups(url: string, now: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const isPostgres = url.startsWith("postgres");
  if (!isPostgres) {
    const sqlite = new Database(url.replace(/^file:/, ""));
    const insert = sqlite.prepare(
      `INSERT INTO "MetricRollup" (${COLUMNS}) VALUES (${Array(15).fill("?").join(",")})`,
    );
    const many = sqlite.transaction((batch: Row[]) => batch.forEach((r) => insert.run(...r)));
    let batch: Row[] = [];
    for (const r of rows(now, false)) {
      counts[r[0]] = (counts[r[0]] ?? 0) + 1;
      batch.push(r);
      if (batch.length === 10_000) {
        many(batch);
        batch = [];
      }
    }
    many(batch);
    sqlite.exec("ANALYZE");
    sqlite.close();
    return counts;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let batch: Row[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const values = batch
        .map((_, i) => `(${Array.from({ length: 15 }, (_, j) => `$${i * 15 + j + 1}`).join(",")})`)
        .join(",");
      await client.query(`INSERT INTO "MetricRollup" (${COLUMNS}) VALUES ${values}`, batch.flat());
      batch = [];
    };
    for (const r of rows(now, true)) {
      counts[r[0]] = (counts[r[0]] ?? 0) + 1;
      batch.push(r);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    await client.query(`ANALYZE "MetricRollup"`);
  } finally {
    await client.end();
  }
  return counts;
}
