// One phase of bench:audit in its own process (so each phase's peak RSS is its own), against the
// database in DATABASE_URL. Prints "RESULT <json>" as its last line. Run by bench/audit/run.ts.
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { auditCommit } from "@/lib/audit/record-event";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { auditSearchQuerySchema, filtersOf } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents } from "@/lib/audit/search/search-audit-events";
import { iterateAuditEventRows, latestAuditEventId } from "@/lib/audit/search/query-audit-events";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { exportToSink } from "./export-sink";
import { benchEvent, seededRandom } from "./event-mix";
import { FREE_TEXT_SEARCHES, TYPICAL_SEARCHES } from "./searches";
import { percentile as nearestRank } from "../gateway/stats";

const SPAN_MS = 30 * 86_400_000;
const IN_FLIGHT = 2000;
const BASELINE_EVENTS = 5000;

const total = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (ms: number) => ms / 1000;
const percentile = (values: number[], p: number) => nearestRank(Float64Array.from(values).sort(), p);

/** Baseline: one INSERT per event (no group commit), then the real write path for the rest. */
async function seed() {
  const random = seededRandom(42);
  const start = Date.now() - SPAN_MS;
  const createdAt = (n: number) => new Date(start + Math.floor((n * SPAN_MS) / total));

  const baselineStarted = performance.now();
  for (let n = 0; n < BASELINE_EVENTS; n++)
    await insertAuditRows([await prepareAuditRow(benchEvent(n, random), createdAt(n))]);
  const baselinePerSecond = BASELINE_EVENTS / seconds(performance.now() - baselineStarted);

  // As concurrent requests do: each event prepared (hash, encryption) and handed to the group commit.
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let n = BASELINE_EVENTS; n < total; n++) {
    const write: Promise<void> = prepareAuditRow(benchEvent(n, random), createdAt(n)).then((row) =>
      auditCommit.add(row),
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = total - BASELINE_EVENTS;
  const perSecond = written / seconds(performance.now() - started);
  // PostgreSQL's autovacuum analyzes a table after a bulk load like this one, a minute or so later;
  // without statistics the planner picks bitmap scans plus sorts for id-ordered batches.
  if (env.isPostgres) await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
  return { events: total, perSecond, baselinePerSecond, peakRssMb: peakRssMb() };
}

async function seal() {
  const started = performance.now();
  let sealed = 0;
  let seals = 0;
  for (;;) {
    const result = await sealPendingEvents();
    if (result.sealed === 0) break;
    sealed += result.sealed;
    seals += result.seals;
  }
  const ms = performance.now() - started;
  return { sealed, seals, seconds: seconds(ms), perSecond: sealed / seconds(ms) };
}

async function timeSearch(params: Record<string, string>, repeat: number) {
  const query = auditSearchQuerySchema.parse(params);
  await searchAuditEvents(query); // warm caches and query plans
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    found = (await searchAuditEvents(query)).events.length;
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), found };
}

async function search() {
  const typical = [];
  for (const { label, params } of TYPICAL_SEARCHES)
    typical.push({ label, ...(await timeSearch(params, 20)) });
  const all = typical.flatMap((t) => [t.p50, t.p95]);
  const freeText = [];
  for (const { label, params } of FREE_TEXT_SEARCHES) {
    // First page, cold for this term: the time a user waits after typing it.
    const query = auditSearchQuerySchema.parse(params);
    const started = performance.now();
    const page = await searchAuditEvents(query);
    freeText.push({
      label,
      firstPageMs: performance.now() - started,
      ...(await timeSearch(params, 5)),
      found: page.events.length,
    });
  }
  return {
    typical,
    worstP95: Math.max(...typical.map((t) => t.p95)),
    medianOfP50s: percentile(all, 50),
    freeText,
  };
}

async function exportAll() {
  const maxId = await latestAuditEventId();
  // Baseline in the same process: reading the rows alone, without decryption or CSV.
  let baselineRows = 0;
  const baselineStarted = performance.now();
  for await (const batch of iterateAuditEventRows(filtersOf({}), { maxId, batchSize: 2000 }))
    baselineRows += batch.length;
  const baselineSeconds = seconds(performance.now() - baselineStarted);

  const started = performance.now();
  const result = await exportToSink("csv");
  const exportSeconds = seconds(performance.now() - started);
  return {
    rows: result.rows,
    bytes: result.bytes,
    seconds: exportSeconds,
    perSecond: result.rows / exportSeconds,
    baselinePerSecond: baselineRows / baselineSeconds,
    peakRssMb: peakRssMb(),
  };
}

async function verify() {
  const started = performance.now();
  const result = await verifyAuditChain();
  return {
    ok: result.ok,
    verifiedUpToEventId: result.verifiedUpToEventId,
    eventsChecked: result.eventsChecked,
    seconds: seconds(performance.now() - started),
    problem: result.problem?.message ?? null,
  };
}

const PHASES: Record<string, () => Promise<unknown>> = { seed, seal, search, export: exportAll, verify };

const phase = process.argv[2] ?? "";
const run = PHASES[phase];
if (!run) {
  console.error(`usage: worker.ts <${Object.keys(PHASES).join("|")}>`);
  process.exit(2);
}
run().then(
  (result) => {
    console.log(`RESULT ${JSON.stringify(result)}`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
