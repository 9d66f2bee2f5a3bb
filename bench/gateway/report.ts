// Printing: one table per database and protocol (each Gatehouse beside mcp-proxy, with ratios),
// then the targets with PASS/MISS (information only, never a failure).
import { targets } from "./config";
import type { Measured } from "./interleave";

export type Level = { concurrency: number; results: Measured[] };
export type ProtocolRun = {
  protocol: string;
  negotiated: string | undefined;
  /** Contender labels; the first is the peer every ratio is taken against. */
  labels: string[];
  levels: Level[];
};
export type MemoryResult = {
  calls: number;
  errors: number;
  seconds: number;
  /** Just before the first call, and as the last one was answered. */
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The lowest RSS sampled in each quarter of the calls (null if a quarter went unsampled). */
  rssLowsByQuarterMb: number[] | null;
  rssHighestMb: number;
  heapBeforeMb: number | null;
  heapAfterMb: number | null;
  samples: string[];
  gatehouseCpuMsPerCall: number;
};
export type DatabaseRun = {
  label: string;
  runs: ProtocolRun[];
  audit: { expected: number; counted: number };
  auditAfterMemory?: { expected: number; counted: number };
  memory?: MemoryResult;
  errorSamples: Map<string, number>;
};

const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
const pad = (s: string, n: number) => s.padStart(n);
const signed = (n: number, digits = 2) => `${n >= 0 ? "+" : ""}${f(n, digits)}`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

export function printLevelTable(run: ProtocolRun, rounds: number, roundSeconds: number): void {
  console.log(
    `\n  protocol ${run.protocol} (Gatehouse negotiated ${run.negotiated ?? "?"}); ${rounds} interleaved rounds of ${roundSeconds} s per target and level`,
  );
  console.log(
    `  latencies in ms; CPU = µs per call of the target's process tree (its stdio server-everything included); ratios against ${run.labels[0]}`,
  );
  console.log(
    `  ${pad("conc", 4)}  ${"target".padEnd(16)} ${pad("calls/s", 8)} ${pad("p50", 6)} ${pad("p95", 6)} ${pad("p99", 6)} ${pad("CPU µs", 7)} | ${pad("×calls/s", 8)} ${pad("×CPU", 5)} ${pad("+p50", 6)} ${pad("+p99", 6)} | errors`,
  );
  for (const { concurrency, results } of run.levels) {
    const peer = results[0];
    results.forEach((r, i) => {
      const ratios =
        i === 0
          ? `${pad("", 8)} ${pad("", 5)} ${pad("", 6)} ${pad("", 6)}`
          : `${pad(f(r.callsPerSecond / peer.callsPerSecond), 8)} ${pad(f(r.cpuUsPerCall / peer.cpuUsPerCall), 5)} ${pad(signed(r.latency!.p50 - peer.latency!.p50), 6)} ${pad(signed(r.latency!.p99 - peer.latency!.p99), 6)}`;
      console.log(
        `  ${pad(i === 0 ? String(concurrency) : "", 4)}  ${run.labels[i].padEnd(16)} ${pad(int(r.callsPerSecond), 8)} ${pad(f(r.latency!.p50), 6)} ${pad(f(r.latency!.p95), 6)} ${pad(f(r.latency!.p99), 6)} ${pad(int(r.cpuUsPerCall), 7)} | ${ratios} | ${r.errors}`,
      );
    });
  }
}

type Check = { what: string; value: string; target: string; ok: boolean };

/** Issue 14's targets for one Gatehouse (contender `index`) of the 2025-06-18 run. */
function checksFor(run: ProtocolRun, index: number): Check[] {
  const at = (c: number) => run.levels.find((l) => l.concurrency === c)?.results;
  const checks: Check[] = [];
  const c32 = at(32);
  if (c32?.[index]) {
    const share = c32[index].callsPerSecond / c32[0].callsPerSecond;
    const cpu = c32[index].cpuUsPerCall / c32[0].cpuUsPerCall;
    checks.push({
      what: "calls/s at c=32, × mcp-proxy",
      value: f(share),
      target: `>= ${targets.shareOfPeerAt32}`,
      ok: share >= targets.shareOfPeerAt32,
    });
    checks.push({
      what: "CPU per call at c=32, × mcp-proxy",
      value: f(cpu),
      target: `<= ${targets.cpuPerCallOfPeer}`,
      ok: cpu <= targets.cpuPerCallOfPeer,
    });
  }
  const c1 = at(1);
  if (c1?.[index]) {
    const cpu = c1[index].cpuUsPerCall / c1[0].cpuUsPerCall;
    const a50 = c1[index].latency!.p50 - c1[0].latency!.p50;
    const a99 = c1[index].latency!.p99 - c1[0].latency!.p99;
    checks.push({
      what: "CPU per call at c=1, × mcp-proxy",
      value: f(cpu),
      target: `<= ${targets.cpuPerCallOfPeer}`,
      ok: cpu <= targets.cpuPerCallOfPeer,
    });
    checks.push({
      what: "p50 at c=1, over mcp-proxy",
      value: `${signed(a50)} ms`,
      target: `<= +${targets.addedP50MsAt1} ms`,
      ok: a50 <= targets.addedP50MsAt1,
    });
    checks.push({
      what: "p99 at c=1, over mcp-proxy",
      value: `${signed(a99)} ms`,
      target: `<= +${targets.addedP99MsAt1} ms`,
      ok: a99 <= targets.addedP99MsAt1,
    });
  }
  return checks;
}

export function printTargets(db: DatabaseRun): void {
  const run = db.runs[0];
  const print = (c: Check) =>
    console.log(
      `    ${c.what.padEnd(36)} ${c.value.padStart(10)}   target ${c.target.padEnd(10)} ${verdict(c.ok)}`,
    );
  console.log(`\n  Targets (issue 14; information, not a test), protocol ${run.protocol}:`);
  checksFor(run, 1).forEach(print);
  const m = db.memory;
  const lows = m?.rssLowsByQuarterMb;
  if (m && lows) {
    const growth = (what: string, mb: number) =>
      print({
        what,
        value: `${signed(mb, 1)} MB`,
        target: `<= ${targets.rssGrowthMb} MB`,
        ok: mb <= targets.rssGrowthMb,
      });
    growth(`RSS over ${int(m.calls)} calls (low to low)`, lows[3] - lows[0]);
    growth("  from the 2nd quarter's low (a leak)", lows[3] - lows[1]);
  }
  if (run.labels.length > 2) {
    console.log(`  with REDIS_URL (shared rate limits):`);
    checksFor(run, 2).forEach(print);
    const c1 = run.levels.find((l) => l.concurrency === 1)?.results;
    if (c1?.[2]) {
      const added = c1[2].latency!.p50 - c1[1].latency!.p50;
      print({
        what: "p50 at c=1, Redis over in-memory",
        value: `${signed(added)} ms`,
        target: `<= +${targets.redisAddedP50Ms} ms`,
        ok: added <= targets.redisAddedP50Ms,
      });
    }
  }
}

export function printAudit(label: string, audit: { expected: number; counted: number }): void {
  console.log(
    `  audit (${label}): ${int(audit.counted)} gateway events in AuditEvent for ${int(audit.expected)} gateway tools/call requests: ${audit.counted === audit.expected ? "MATCH" : "MISMATCH"}`,
  );
}

export function printMemory(m: MemoryResult): void {
  const heap =
    m.heapBeforeMb !== null && m.heapAfterMb !== null
      ? `; V8 heap used ${f(m.heapBeforeMb, 1)} -> ${f(m.heapAfterMb, 1)} MB (from /api/metrics)`
      : "";
  console.log(
    `\n  memory phase: ${int(m.calls)} gateway calls at c=32 in ${f(m.seconds, 1)} s (${int(m.calls / m.seconds)} calls/s, ${m.errors} errors; Gatehouse CPU ${f(m.gatehouseCpuMsPerCall)} ms/call)`,
  );
  console.log(
    `  RSS of the process listening: ${f(m.rssBeforeMb, 1)} MB before, ${f(m.rssAfterMb, 1)} MB as the last call was answered (end to end ${signed(m.rssAfterMb - m.rssBeforeMb, 1)} MB)${heap}`,
  );
  if (m.rssLowsByQuarterMb)
    console.log(
      `  RSS lows by quarter of the calls: ${m.rssLowsByQuarterMb.map((mb) => f(mb, 0)).join(", ")} MB; highest ${f(m.rssHighestMb, 0)} MB`,
    );
  if (m.samples.length > 0) console.log(`  RSS during the phase: ${m.samples.join(", ")}`);
}

export function printErrors(samples: Map<string, number>): void {
  if (samples.size === 0) return;
  console.log("  errors seen (count × message):");
  for (const [message, count] of samples) console.log(`    ${count} × ${message}`);
}

export function printSummary(runs: DatabaseRun[]): void {
  console.log("\nSummary (protocol 2025-06-18; ratios against mcp-proxy in the same run)");
  console.log(
    `  ${"database".padEnd(11)} ${"target".padEnd(16)} | ${pad("c=1 +p50", 9)} ${pad("+p99", 7)} | ${pad("c=8 ×/s", 8)} | ${pad("c=32 ×/s", 9)} ${pad("×CPU", 5)} | ${pad("RSS +MB", 8)} | audit`,
  );
  for (const db of runs) {
    const run = db.runs[0];
    const at = (c: number) => run.levels.find((l) => l.concurrency === c)?.results;
    const audits = [db.audit, db.auditAfterMemory].filter(Boolean) as { expected: number; counted: number }[];
    for (let i = 1; i < run.labels.length; i++) {
      const [c1, c8, c32] = [at(1), at(8), at(32)];
      const ratio = (r?: Measured[]) => (r?.[i] ? f(r[i].callsPerSecond / r[0].callsPerSecond) : "-");
      console.log(
        `  ${(i === 1 ? db.label : "").padEnd(11)} ${run.labels[i].padEnd(16)} | ${pad(c1?.[i] ? signed(c1[i].latency!.p50 - c1[0].latency!.p50) : "-", 9)} ${pad(c1?.[i] ? signed(c1[i].latency!.p99 - c1[0].latency!.p99) : "-", 7)}` +
          ` | ${pad(ratio(c8), 8)} | ${pad(ratio(c32), 9)} ${pad(c32?.[i] ? f(c32[i].cpuUsPerCall / c32[0].cpuUsPerCall) : "-", 5)}` +
          ` | ${pad(i === 1 && db.memory?.rssLowsByQuarterMb ? f(db.memory.rssLowsByQuarterMb[3] - db.memory.rssLowsByQuarterMb[0], 1) : "", 8)} | ${i === 1 ? (audits.every((a) => a.counted === a.expected) ? "MATCH" : "MISMATCH") : ""}`,
      );
    }
  }
}
