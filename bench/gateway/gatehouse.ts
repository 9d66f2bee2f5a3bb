// Gatehouse as a user runs it: a production build, `cli bootstrap` on a fresh database, then
// scripts/server.mjs (what `npm start` serves with), with everything on and rate limits raised
// above the load.
import { existsSync } from "node:fs";
import path from "node:path";
import { runCommand } from "./run-command";
import { findListeningPid } from "./listening-pid";
import { sleep, startProcess, type Started } from "./processes";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

export type Gatehouse = { baseUrl: string; port: number; process: Started; serverPid: number };

export function gatehouseEnv(databaseUrl: string, dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    GATEHOUSE_SECRET: "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    SEED_DEMO: "false",
    ADMIN_EMAIL: "admin@bench.local",
    ADMIN_PASSWORD: "bench-admin-password-1",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Rate limits stay on, above the load.
    GATEWAY_RATE_LIMIT_BURST: "1000000",
    GATEWAY_GLOBAL_RATE_LIMIT_PER_MINUTE: "100000000",
  };
  delete env.REDIS_URL; // in-memory buckets: one process
  Reflect.deleteProperty(env, "NODE_ENV"); // next start sets production
  return env;
}

/** `npm run build` when there is no production build yet. */
export async function ensureBuild(): Promise<void> {
  if (existsSync(path.join(".next", "BUILD_ID"))) return;
  console.log("No production build (.next/BUILD_ID): running npm run build…");
  await runCommand(
    "npm",
    ["run", "build"],
    { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    { inherit: true },
  );
}

/** The project's CLI (`npm run cli -- …` without npm's own start-up); returns its stdout. */
export async function cli(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  return (
    await runCommand(
      bin("tsx"),
      ["--conditions=react-server", "--tsconfig", "tsconfig.json", "cli/main.ts", ...args],
      env,
    )
  ).trim();
}

/** scripts/server.mjs; with `cpuProfileDir`, under `node --cpu-prof` (not allowed in NODE_OPTIONS). */
export async function startGatehouse(
  env: NodeJS.ProcessEnv,
  port: number,
  cpuProfileDir: string | null = null,
): Promise<Gatehouse> {
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const started = startProcess(
    "gatehouse",
    process.execPath,
    [...profile, path.resolve("scripts", "server.mjs")],
    { ...env, NODE_ENV: "production" },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (started.child.exitCode !== null)
      throw new Error(`Gatehouse exited (code ${started.child.exitCode}):\n${started.tail()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`Gatehouse did not answer /api/health within 60 s:\n${started.tail()}`);
    await sleep(200);
  }
  const serverPid = findListeningPid(started.pid, port);
  if (serverPid === null) throw new Error(`no process under pid ${started.pid} listens on port ${port}`);
  return { baseUrl, port, process: started, serverPid };
}

/** `cli bootstrap`: migrations, built-in roles and the first admin on the fresh database. */
export async function bootstrapDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await cli(env, ["bootstrap"]);
}
