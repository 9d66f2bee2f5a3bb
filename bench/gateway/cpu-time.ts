import { readFileSync } from "node:fs";
import { descendants } from "./listening-pid";

// Linux reports utime/stime in clock ticks; 100 per second on every mainstream kernel config.
const TICKS_PER_SECOND = 100;

/** CPU time (user + system, all threads) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // after "pid (comm) ": state is fields[0], so utime (14th overall) is fields[11], stime fields[12]
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU ms used so far by a process and everything it started (a proxy and its stdio upstream). */
export function treeCpuMs(root: number): number {
  let total = 0;
  for (const pid of descendants(root)) {
    try {
      total += cpuMs(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** CPU ms per call used by each watched process tree during `work`. */
export async function measureCpu<T extends { calls: number }>(
  roots: Record<string, number>,
  work: () => Promise<T>,
): Promise<T & { cpuMsPerCall: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, treeCpuMs(pid)]));
  const result = await work();
  const cpuMsPerCall = Object.fromEntries(
    Object.entries(roots).map(([name, pid]) => [
      name,
      result.calls > 0 ? (treeCpuMs(pid) - before[name]) / result.calls : NaN,
    ]),
  );
  return { ...result, cpuMsPerCall };
}
