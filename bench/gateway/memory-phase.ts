// Memory: RSS of the process that serves /api/mcp before and after many gateway calls.
import { config } from "./config";
import { cpuMs } from "./cpu-time";
import { rssMb } from "./listening-pid";
import { runPhase } from "./load";
import type { Session } from "./mcp-clients";
import type { MemoryResult } from "./report";

/** V8 heap in use, from Gatehouse's Prometheus metrics (null if unavailable). */
async function heapUsedMb(baseUrl: string, adminKey: string): Promise<number | null> {
  try {
    const res = await fetch(`${baseUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${adminKey}` },
      signal: AbortSignal.timeout(5000),
    });
    const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(await res.text());
    return match ? Number(match[1]) / 1024 / 1024 : null;
  } catch {
    return null;
  }
}

export async function runMemoryPhase(opts: {
  sessions: Session[];
  tool: string;
  serverPid: number;
  baseUrl: string;
  adminKey: string;
}): Promise<MemoryResult & { errorSamples: Map<string, number> }> {
  const heapBeforeMb = await heapUsedMb(opts.baseUrl, opts.adminKey);
  const rssBeforeMb = rssMb(opts.serverPid);
  const cpuBefore = cpuMs(opts.serverPid);
  const samples: string[] = [];
  let lastSample = performance.now();
  // The first tenth of the calls sizes V8's heap for the load; growth after it is what a leak shows.
  const warmCalls = Math.round(config.memoryCalls / 10);
  let warm: { calls: number; rssMb: number } | null = null;
  const result = await runPhase({
    sessions: opts.sessions,
    tool: opts.tool,
    concurrency: config.memoryConcurrency,
    maxCalls: config.memoryCalls,
    durationMs: config.memoryMaxSeconds * 1000,
    recordLatencies: false,
    onTick: (completed) => {
      if (!warm && completed >= warmCalls) warm = { calls: completed, rssMb: rssMb(opts.serverPid) };
      if (performance.now() - lastSample < 10_000) return;
      lastSample = performance.now();
      samples.push(`${Math.round(completed / 1000)}k: ${rssMb(opts.serverPid).toFixed(0)} MB`);
    },
  });
  const rssAfterMb = rssMb(opts.serverPid);
  const gatehouseCpuMsPerCall = (cpuMs(opts.serverPid) - cpuBefore) / Math.max(1, result.calls);
  const heapAfterMb = await heapUsedMb(opts.baseUrl, opts.adminKey);
  return {
    calls: result.calls,
    errors: result.errors,
    seconds: result.elapsedMs / 1000,
    rssBeforeMb,
    rssAfterMb,
    warm,
    heapBeforeMb,
    heapAfterMb,
    samples,
    gatehouseCpuMsPerCall,
    errorSamples: result.errorSamples,
  };
}
