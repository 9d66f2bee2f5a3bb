// Real upstream MCP servers for the gateway tests, as child processes of the test worker:
// server-everything over streamable HTTP, the fault server (tests/fixtures/fault-server.ts) over
// HTTP, and plain HTTP servers that are not MCP. Everything started here is stopped by stopAll().
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { env } from "@/lib/env";

const root = path.resolve(import.meta.dirname, "../..");
export const SERVER_EVERYTHING = "node_modules/@modelcontextprotocol/server-everything/dist/index.js";
export const FAULT_SERVER = "tests/fixtures/fault-server.ts";
/** How the gateway starts the fault server over stdio ("node" runs as the gateway's own Node). */
export const FAULT_SERVER_STDIO = { command: "node", args: ["--import", "tsx", FAULT_SERVER] };

const started = new Set<ChildProcess>();
const httpServers = new Set<Server>();

/** A port nothing listens on right now (bound and released at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Started = { child: ChildProcess; url: string };

function spawnUntil(
  args: string[],
  variables: Record<string, string>,
  ready: RegExp,
  urlOf: (match: RegExpMatchArray) => string,
): Promise<Started> {
  // Only what Node needs: the test worker's env holds the database URL and the master secret.
  const childEnv: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    ...variables,
  };
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  child.once("exit", () => started.delete(child));
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`${args.join(" ")} did not start: ${output.slice(-500)}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: urlOf(match) });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited with ${code}: ${output.slice(-500)}`));
    });
  });
}

/** server-everything over streamable HTTP on a free port; its endpoint is /mcp. */
export async function startServerEverythingHttp(): Promise<Started> {
  const port = await freePort();
  return spawnUntil(
    [SERVER_EVERYTHING, "streamableHttp"],
    { PORT: String(port) },
    /listening on port (\d+)/,
    (m) => `http://127.0.0.1:${m[1]}/mcp`,
  );
}

/** The fault server over streamable HTTP on 127.0.0.1 (env: FAULT_* as in the fixture). */
export async function startFaultServerHttp(variables: Record<string, string> = {}): Promise<Started> {
  return spawnUntil(
    ["--import", "tsx", FAULT_SERVER, "http"],
    { PORT: "0", ...variables },
    /listening (\d+)/,
    (m) => `http://127.0.0.1:${m[1]}/mcp`,
  );
}

/** A plain HTTP server on 127.0.0.1 answering every request with the given handler. */
export async function startHttpServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<string> {
  const server = createServer(handler);
  httpServers.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

/** Stops every process and HTTP server this helper started. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map(stopChild));
  await Promise.all(
    [...httpServers].map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
  httpServers.clear();
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The test worker's child processes that are still running ("pid args"). */
export function childProcesses(): string[] {
  try {
    return (
      execFileSync("ps", ["-o", "pid=,stat=,args=", "--ppid", String(process.pid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => line.trim())
        // ps itself, and zombies already dead but not yet reaped, are not running children.
        .filter((line) => line && !/\bps -o\b/.test(line) && !/^\d+\s+Z/.test(line))
    );
  } catch {
    // ps exits 1 when it finds nothing.
    return [];
  }
}

export type FaultCall = { tool: string; arguments: Record<string, unknown>; pid: number };

/**
 * Files the fault server reads (state) and writes (calls and cancellations), in a fresh directory
 * under the test file's data directory (removed with the run's databases).
 */
export function createFaultFiles() {
  mkdirSync(env.dataDir, { recursive: true });
  const dir = mkdtempSync(path.join(env.dataDir, "fault-"));
  const stateFile = path.join(dir, "state.json");
  const callsFile = path.join(dir, "calls.jsonl");
  writeFileSync(stateFile, "{}");
  const entries = (): ({ event: "call" | "cancelled" } & FaultCall)[] =>
    existsSync(callsFile)
      ? readFileSync(callsFile, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
  return {
    env: { FAULT_STATE_FILE: stateFile, FAULT_CALLS_FILE: callsFile },
    setState: (state: { descriptions?: Record<string, string>; hidden?: string[] }) =>
      writeFileSync(stateFile, JSON.stringify(state)),
    /** Every tools/call the server got, in order. */
    calls: (): FaultCall[] =>
      entries()
        .filter((e) => e.event === "call")
        .map(({ tool, arguments: args, pid }) => ({ tool, arguments: args, pid })),
    /** The tools whose calls the caller cancelled (notifications/cancelled reached the server). */
    cancelled: (): string[] =>
      entries()
        .filter((e) => e.event === "cancelled")
        .map((e) => e.tool),
  };
}
