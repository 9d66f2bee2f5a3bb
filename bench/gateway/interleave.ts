// Side-by-side measurement on a noisy machine: the targets take turns in short rounds
// (A B A B …), so that whatever else the machine does falls on both, and each target's rounds
// are merged into one result (calls, latencies and CPU of its process tree).
import { measureCpu } from "./cpu-time";
import { runPhase, type PhaseResult } from "./load";
import type { Session } from "./mcp-clients";
import { summarize } from "./stats";

export type Contender = {
  label: string;
  sessions: Session[];
  tool: string;
  /** Root of the process tree whose CPU counts against this target (its stdio upstream included). */
  pid: number;
};

export type Measured = PhaseResult & { cpuUsPerCall: number };

export async function runInterleaved(
  contenders: Contender[],
  concurrency: number,
  rounds: number,
  roundMs: number,
): Promise<Measured[]> {
  const parts: PhaseResult[][] = contenders.map(() => []);
  const cpu = contenders.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither always runs on a machine the other just warmed up.
    const order = round % 2 === 0 ? contenders.map((_, i) => i) : contenders.map((_, i) => i).reverse();
    for (const i of order) {
      const { sessions, tool, pid } = contenders[i];
      const result = await measureCpu({ target: pid }, () =>
        runPhase({ sessions, tool, concurrency, durationMs: roundMs }),
      );
      parts[i].push(result);
      cpu[i] += result.cpuMsPerCall.target * result.calls;
    }
  }
  return parts.map((results, i) => merge(results, cpu[i]));
}

function merge(results: PhaseResult[], cpuMsTotal: number): Measured {
  const calls = results.reduce((n, r) => n + r.calls, 0);
  const elapsedMs = results.reduce((n, r) => n + r.elapsedMs, 0);
  const errorSamples = new Map<string, number>();
  for (const r of results)
    for (const [m, n] of r.errorSamples) errorSamples.set(m, (errorSamples.get(m) ?? 0) + n);
  const latenciesMs = results.flatMap((r) => r.latenciesMs);
  return {
    calls,
    ok: results.reduce((n, r) => n + r.ok, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    errorSamples,
    elapsedMs,
    callsPerSecond: (calls / elapsedMs) * 1000,
    latency: summarize(latenciesMs),
    latenciesMs,
    cpuUsPerCall: calls > 0 ? (cpuMsTotal / calls) * 1000 : NaN,
  };
}
