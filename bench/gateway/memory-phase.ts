// Memory: RSS of the process that serves /api/mcp over many gateway calls. Under load RSS follows
// V8's collection cycle, tens of MB up and down within seconds (and stays where the last cycle left
// it for a while after the load stops), so one sample at each end lands anywhere on that saw.
// What a leak raises is the bottom of the saw, so RSS is sampled once a second and the lowest
// value of each quarter of the calls is kept: the first quarter can include V8 sizing its heap for
// the load, and any rise from the second quarter's low to the last one's is what calls leave behind.
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
  const lowsByQuarter = [Infinity, Infinity, Infinity, Infinity];
  let highest = 0;
  const result = await runPhase({
    sessions: opts.sessions,
    tool: opts.tool,
    concurrency: config.memoryConcurrency,
    maxCalls: config.memoryCalls,
    durationMs: config.memoryMaxSeconds * 1000,
    recordLatencies: false,
    onTick: (completed) => {
      const rss = rssMb(opts.serverPid);
      const quarter = Math.min(3, Math.floor((4 * completed) / config.memoryCalls));
      lowsByQuarter[quarter] = Math.min(lowsByQuarter[quarter], rss);
      highest = Math.max(highest, rss);
      if (performance.now() - lastSample < 10_000) return;
      lastSample = performance.now();
      samples.push(`${Math.round(completed / 1000)}k: ${rss.toFixed(0)} MB`);
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
    rssLowsByQuarterMb: lowsByQuarter.every(Number.isFinite) ? lowsByQuarter : null,
    rssHighestMb: highest,
    heapBeforeMb,
    heapAfterMb,
    samples,
    gatehouseCpuMsPerCall,
    errorSamples: result.errorSamples,
  };
}
