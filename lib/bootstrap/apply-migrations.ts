import "server-only";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Applies pending migrations for the configured provider with Prisma's CLI (WASM schema engine,
 * nothing downloaded). PostgreSQL serialises concurrent deploys with an advisory lock.
 */
export function applyMigrations(): void {
  const prismaBin = path.resolve("node_modules", ".bin", "prisma");
  const result = spawnSync(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    const reason = output.split("\n").filter((line) => /error|P\d{4}/i.test(line)).slice(0, 3).join(" ").trim();
    throw new Error(`Applying database migrations failed${reason ? `: ${reason}` : ""}`);
  }
}
