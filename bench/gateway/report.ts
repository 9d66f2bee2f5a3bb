// Printing: one table per database and protocol, the targets with PASS/MISS (information only).
import { targets } from "./config";
import type { PhaseResult } from "./load";

export type Pair = { concurrency: number; direct: PhaseResult; gateway: PhaseResult };
export type ProtocolRun = {
  protocol: string;
  negotiated: { direct?: string; gateway?: string };
  pairs: Pair[];
};
export type MemoryResult = {
  calls: number;
  errors: number;
  seconds: number;
  rssBeforeMb: number;
  rssAfterMb: number;
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
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const pad = (s: string, n: number) => s.padStart(n);
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const cpu = (r: PhaseResult, names: string[]) => names.map((n) => f(r.cpuMsPerCall?.[n] ?? NaN)).join("+");

export function printProtocolTable(run: ProtocolRun, phaseSeconds: number): void {
  const { direct, gateway } = run.negotiated;
  console.log(
    `\n  protocol offered ${run.protocol} (negotiated: direct ${direct ?? "?"}, gateway ${gateway ?? "?"}); ${phaseSeconds} s per phase`,
  );
  console.log(
    `  latencies in ms; CPU = CPU ms per call used by Gatehouse (GH), the echo upstream (up) and this load generator (lg)`,
  );
  console.log(
    `  ${"conc".padStart(4)} | ${"direct calls/s".padStart(14)} ${pad("p50", 6)} ${pad("p95", 6)} ${pad("p99", 6)} | ${"gateway calls/s".padStart(15)} ${pad("p50", 6)} ${pad("p95", 6)} ${pad("p99", 6)} | ${pad("gw/direct", 9)} | ${"CPU direct up+lg".padStart(16)} | ${"CPU gateway GH+up+lg".padStart(20)} | errors d/g`,
  );
  for (const { concurrency, direct: d, gateway: g } of run.pairs) {
    console.log(
      `  ${pad(String(concurrency), 4)} | ${pad(int(d.callsPerSecond), 14)} ${pad(f(d.latency!.p50), 6)} ${pad(f(d.latency!.p95), 6)} ${pad(f(d.latency!.p99), 6)}` +
        ` | ${pad(int(g.callsPerSecond), 15)} ${pad(f(g.latency!.p50), 6)} ${pad(f(g.latency!.p95), 6)} ${pad(f(g.latency!.p99), 6)}` +
        ` | ${pad(`${f((g.callsPerSecond / d.callsPerSecond) * 100, 0)}%`, 9)} | ${pad(cpu(d, ["upstream", "loadgen"]), 16)} | ${pad(cpu(g, ["gatehouse", "upstream", "loadgen"]), 20)} | ${d.errors}/${g.errors}`,
    );
  }
  const c1 = run.pairs.find((p) => p.concurrency === 1);
  if (c1) {
    console.log(
      `  added latency at c=1: p50 +${f(c1.gateway.latency!.p50 - c1.direct.latency!.p50)} ms, p95 +${f(c1.gateway.latency!.p95 - c1.direct.latency!.p95)} ms`,
    );
  }
}

export function printTargets(db: DatabaseRun): void {
  const latest = db.runs[0];
  const c1 = latest.pairs.find((p) => p.concurrency === 1);
  const c32 = latest.pairs.find((p) => p.concurrency === 32);
  console.log(`\n  Targets (issue 3; information, not a test), protocol ${latest.protocol}:`);
  const line = (what: string, value: string, target: string, ok: boolean) =>
    console.log(`    ${what.padEnd(34)} ${value.padStart(14)}   target ${target.padEnd(10)} ${verdict(ok)}`);
  if (c1) {
    const a50 = c1.gateway.latency!.p50 - c1.direct.latency!.p50;
    const a95 = c1.gateway.latency!.p95 - c1.direct.latency!.p95;
    line(
      "added latency p50 at c=1",
      `+${f(a50)} ms`,
      `<= ${targets.addedP50Ms} ms`,
      a50 <= targets.addedP50Ms,
    );
    line(
      "added latency p95 at c=1",
      `+${f(a95)} ms`,
      `<= ${targets.addedP95Ms} ms`,
      a95 <= targets.addedP95Ms,
    );
  }
  if (c32) {
    const share = c32.gateway.callsPerSecond / c32.direct.callsPerSecond;
    line(
      "gateway calls/s at c=32",
      int(c32.gateway.callsPerSecond),
      `>= ${int(targets.callsPerSecondAt32)}`,
      c32.gateway.callsPerSecond >= targets.callsPerSecondAt32,
    );
    line(
      "gateway share of direct at c=32",
      `${f(share * 100, 0)}%`,
      `>= ${f(targets.shareOfDirectAt32 * 100, 0)}%`,
      share >= targets.shareOfDirectAt32,
    );
  }
  const m = db.memory;
  if (m) {
    const growth = m.rssAfterMb - m.rssBeforeMb;
    line(
      `RSS growth over ${int(m.calls)} calls`,
      `${growth >= 0 ? "+" : ""}${f(growth, 1)} MB`,
      `<= ${targets.rssGrowthMb} MB`,
      growth <= targets.rssGrowthMb,
    );
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
    `  RSS of the process listening: ${f(m.rssBeforeMb, 1)} -> ${f(m.rssAfterMb, 1)} MB, growth ${f(m.rssAfterMb - m.rssBeforeMb, 1)} MB${heap}`,
  );
  if (m.samples.length > 0) console.log(`  RSS during the phase: ${m.samples.join(", ")}`);
}

export function printErrors(samples: Map<string, number>): void {
  if (samples.size === 0) return;
  console.log("  errors seen (count × message):");
  for (const [message, count] of samples) console.log(`    ${count} × ${message}`);
}

export function printSummary(runs: DatabaseRun[]): void {
  console.log("\nSummary (protocol 2025-11-25; gateway vs direct)");
  console.log(
    `  ${"database".padEnd(11)} | ${pad("c=1 +p50", 9)} ${pad("+p95", 7)} | ${pad("c=8 gw/s", 9)} ${pad("ratio", 6)} | ${pad("c=32 gw/s", 9)} ${pad("ratio", 6)} | ${pad("RSS +MB", 8)} | audit`,
  );
  for (const db of runs) {
    const pairs = db.runs[0].pairs;
    const at = (c: number) => pairs.find((p) => p.concurrency === c);
    const c1 = at(1),
      c8 = at(8),
      c32 = at(32);
    const ratio = (p?: Pair) =>
      p ? `${f((p.gateway.callsPerSecond / p.direct.callsPerSecond) * 100, 0)}%` : "-";
    const audits = [db.audit, db.auditAfterMemory].filter(Boolean) as { expected: number; counted: number }[];
    console.log(
      `  ${db.label.padEnd(11)} | ${pad(c1 ? `+${f(c1.gateway.latency!.p50 - c1.direct.latency!.p50)}` : "-", 9)} ${pad(c1 ? `+${f(c1.gateway.latency!.p95 - c1.direct.latency!.p95)}` : "-", 7)}` +
        ` | ${pad(c8 ? int(c8.gateway.callsPerSecond) : "-", 9)} ${pad(ratio(c8), 6)} | ${pad(c32 ? int(c32.gateway.callsPerSecond) : "-", 9)} ${pad(ratio(c32), 6)}` +
        ` | ${pad(db.memory ? f(db.memory.rssAfterMb - db.memory.rssBeforeMb, 1) : "-", 8)} | ${audits.every((a) => a.counted === a.expected) ? "MATCH" : "MISMATCH"}`,
    );
  }
}
