import { spawn } from "node:child_process";

/** Runs a command to completion; resolves with its stdout, rejects with its output on failure. */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { inherit?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: opts.inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`}):\n${stdout}${stderr}`),
        );
    });
  });
}
