// Runs `npm run cli -- <args>` (what package.json runs) against the calling test file's database.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);

export type CliResult = { code: number; stdout: string; stderr: string };

/** What `npm run cli -- <args>` runs (package.json), with this test's database. */
export function cli(...args: string[]): Promise<CliResult> {
  return runCli(args);
}

/** The same, with environment overrides (e.g. a DATABASE_URL that points nowhere). */
export async function runCli(args: string[], overrides: Record<string, string> = {}): Promise<CliResult> {
  const command = [
    "node_modules/tsx/dist/cli.mjs",
    "--conditions=react-server",
    "--tsconfig",
    "tsconfig.json",
    "cli/main.ts",
    ...args,
  ];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "test",
    SEED_DEMO: "false",
    DATABASE_URL: process.env.DATABASE_URL,
    GATEHOUSE_SECRET: process.env.GATEHOUSE_SECRET,
    ...overrides,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, command, { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
