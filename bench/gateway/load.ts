// A load phase: each worker owns one session and calls the echo tool in a loop with distinct
// arguments, one fresh AbortSignal per request (the SDK adds an abort listener per request and
// never removes it: a shared signal would pile them up).
import { randomBytes } from "node:crypto";
import type { Session } from "./mcp-clients";
import { summarize, type LatencySummary } from "./stats";

export type PhaseOptions = {
  sessions: Session[];
  tool: string;
  concurrency: number;
  /** Stop after this long (ms)… */
  durationMs: number;
  /** …or after this many calls, whichever comes first. */
  maxCalls?: number;
  /** Keep per-call latencies (off for the long memory phase). */
  recordLatencies?: boolean;
  /** Called about once a second with the calls completed so far. */
  onTick?: (completed: number) => void;
};

export type PhaseResult = {
  /** Requests sent (each one a tools/call, answered or failed). */
  calls: number;
  ok: number;
  errors: number;
  errorSamples: Map<string, number>;
  elapsedMs: number;
  callsPerSecond: number;
  latency: LatencySummary | null;
  /** Every call's latency in ms, in completion order (when recorded), for merging rounds. */
  latenciesMs: number[];
  /** CPU ms per call of the processes watched during the phase (filled in by the caller). */
  cpuMsPerCall?: Record<string, number>;
};

let runTag = 0;

export async function runPhase(options: PhaseOptions): Promise<PhaseResult> {
  const { sessions, tool, concurrency, durationMs, maxCalls = Infinity, recordLatencies = true } = options;
  if (sessions.length < concurrency) throw new Error(`need ${concurrency} sessions, have ${sessions.length}`);
  const tag = `${++runTag}-${randomBytes(4).toString("hex")}`;
  const latencies: number[] = [];
  const errorSamples = new Map<string, number>();
  let issued = 0;
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const ticker = options.onTick ? setInterval(() => options.onTick!(ok + errors), 1000) : null;

  const fail = (reason: string) => {
    errors++;
    const key = reason.slice(0, 200);
    errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
  };

  async function worker(index: number): Promise<void> {
    const { client } = sessions[index];
    while (issued < maxCalls && performance.now() < deadline) {
      const message = `${tag}-${index}-${issued++}`;
      const t0 = performance.now();
      try {
        const result = await client.callTool({ name: tool, arguments: { message } }, undefined, {
          signal: new AbortController().signal,
          timeout: 30_000,
        });
        const text = (result.content as { type: string; text?: string }[] | undefined)?.[0]?.text;
        if (result.isError) fail(`isError result: ${text ?? JSON.stringify(result).slice(0, 200)}`);
        else if (text !== `Echo: ${message}`)
          fail(`unexpected result: ${JSON.stringify(result).slice(0, 200)}`);
        else ok++;
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
      if (recordLatencies) latencies.push(performance.now() - t0);
    }
  }

  try {
    await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  } finally {
    if (ticker) clearInterval(ticker);
  }
  const elapsedMs = performance.now() - started;
  const calls = ok + errors;
  return {
    calls,
    ok,
    errors,
    errorSamples,
    elapsedMs,
    callsPerSecond: (calls / elapsedMs) * 1000,
    latency: recordLatencies ? summarize(latencies) : null,
    latenciesMs: latencies,
  };
}
