// Child processes of the benchmark: each in its own process group (so that `next start` and the
// next-server it spawns stop together), output kept in a short ring for error reports.
import { spawn, type ChildProcess } from "node:child_process";
import { defer } from "./cleanup";

export type Started = {
  name: string;
  child: ChildProcess;
  pid: number;
  /** The last lines the process wrote (stdout and stderr). */
  tail(): string;
  /** Lines written so far, and distinct warning/error lines (by their first 160 characters). */
  output(): { lines: number; warnings: Map<string, number> };
  /** Resolves with the first output line matching `pattern`; rejects if the process exits first. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  stop(): Promise<void>;
};

const TAIL_LINES = 60;

export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): Started {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = child.pid;
  const lines: string[] = [];
  const warnings = new Map<string, number>();
  let lineCount = 0;
  const watchers = new Set<(line: string) => void>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      lineCount++;
      if (/warn|error|exception/i.test(line)) {
        const key = line.replace(/\(node:\d+\)|"time":"[^"]*"|\d{3,}/g, "#").slice(0, 160);
        warnings.set(key, (warnings.get(key) ?? 0) + 1);
      }
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
      for (const watch of watchers) watch(line);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);

  const stop = defer(
    `stop ${name}`,
    () => stopGroup(child, pid),
    () => signalGroup(pid, "SIGKILL"),
  );

  return {
    name,
    child,
    pid,
    stop,
    tail: () => lines.join("\n"),
    output: () => ({ lines: lineCount, warnings }),
    waitForLine(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const found = lines.find((l) => pattern.test(l));
        if (found) return resolve(found);
        const finish = (error: Error | null, line?: string) => {
          clearTimeout(timer);
          watchers.delete(watch);
          child.off("exit", onExit);
          if (error) reject(error);
          else resolve(line!);
        };
        const watch = (line: string) => {
          if (pattern.test(line)) finish(null, line);
        };
        const onExit = (code: number | null) =>
          finish(new Error(`${name} exited (code ${code}) before printing ${pattern}:\n${lines.join("\n")}`));
        const timer = setTimeout(
          () =>
            finish(
              new Error(`${name} did not print ${pattern} within ${timeoutMs} ms:\n${lines.join("\n")}`),
            ),
          timeoutMs,
        );
        watchers.add(watch);
        child.once("exit", onExit);
      });
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

function groupAlive(pid: number): boolean {
  return signalGroup(pid, 0 as unknown as NodeJS.Signals);
}

/** SIGTERM to the whole group, SIGKILL after 10 s; returns when no member is left. */
async function stopGroup(child: ChildProcess, pid: number): Promise<void> {
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pid)) {
    signalGroup(pid, "SIGKILL");
    while (groupAlive(pid)) await sleep(20);
  }
  if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once("exit", r));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
