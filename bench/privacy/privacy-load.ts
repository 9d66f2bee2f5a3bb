// A load phase like bench/gateway/load.ts, with the call's argument and the check of its answer
// given by the caller: the privacy phase sends a 2 KB message and expects it back masked.
import { randomBytes } from "node:crypto";
import type { Session } from "../gateway/mcp-clients";
import { summarize, type LatencySummary } from "../gateway/stats";

export type PrivacyPhaseOptions = {
  sessions: Session[];
  tool: string;
  concurrency: number;
  durationMs: number;
  message: (tag: string) => string;
  /** Whether the text of the result is the expected answer to `message` */
  isExpected: (text: string, message: string) => boolean;
};

export type PrivacyPhaseResult = {
  calls: number;
  ok: number;
  errors: number;
  errorSamples: Map<string, number>;
  callsPerSecond: number;
  latency: LatencySummary;
};

export async function runPrivacyPhase(options: PrivacyPhaseOptions): Promise<PrivacyPhaseResult> {
  const { sessions, tool, concurrency, durationMs } = options;
  if (sessions.length < concurrency) throw new Error(`need ${concurrency} sessions, have ${sessions.length}`);
  const run = randomBytes(4).toString("hex");
  const latencies: number[] = [];
  const errorSamples = new Map<string, number>();
  let issued = 0;
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const fail = (reason: string) => {
    errors++;
    errorSamples.set(reason.slice(0, 200), (errorSamples.get(reason.slice(0, 200)) ?? 0) + 1);
  };

  async function worker(index: number): Promise<void> {
    const { client } = sessions[index];
    while (performance.now() < deadline) {
      const message = options.message(`${run}-${index}-${issued++}`);
      const t0 = performance.now();
      try {
        const result = await client.callTool({ name: tool, arguments: { message } }, undefined, {
          signal: new AbortController().signal,
          timeout: 30_000,
        });
        const text = (result.content as { type: string; text?: string }[] | undefined)?.[0]?.text ?? "";
        if (result.isError || !options.isExpected(text, message))
          fail(`unexpected result: ${JSON.stringify(result).slice(0, 200)}`);
        else ok++;
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
      latencies.push(performance.now() - t0);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const elapsedMs = performance.now() - started;
  const calls = ok + errors;
  return {
    calls,
    ok,
    errors,
    errorSamples,
    callsPerSecond: (calls / elapsedMs) * 1000,
    latency: summarize(latencies),
  };
}
