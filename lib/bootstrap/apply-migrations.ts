import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";

// Prisma prints one of these when deploy has finished. Its WASM schema engine then keeps the
// process alive for ~10 s on an idle timer, so the child is ended as soon as it says so.
const FINISHED = /All migrations have been successfully applied|No pending migrations to apply/;

/**
 * Applies pending migrations for the configured provider with Prisma's CLI (WASM schema engine,
 * nothing downloaded). PostgreSQL serialises concurrent deploys with an advisory lock.
 */
export function applyMigrations(): Promise<void> {
  const prismaBin = path.resolve("node_modules", ".bin", "prisma");
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
    });
    let output = "";
    let isFinished = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (!isFinished && FINISHED.test(output)) {
        isFinished = true;
        child.kill();
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (isFinished) return;
      if (code === 0) return resolve();
      const reason = output
        .split("\n")
        .filter((line) => /error|P\d{4}/i.test(line))
        .slice(0, 3)
        .join(" ")
        .trim();
      reject(new Error(`Applying database migrations failed${reason ? `: ${reason}` : ""}`));
    });
  });
}
