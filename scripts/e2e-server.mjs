// Serves the built console for the Playwright suite: a fresh SQLite database under
// data/e2e/<port>, a fixed admin, port 3100 (E2E_PORT). Started by playwright.config.ts
// (webServer). One directory per port, so that suites running side by side on other ports
// never delete each other's database.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
if (!/^\d{1,5}$/.test(port)) throw new Error(`E2E_PORT must be a port number, got ${JSON.stringify(port)}`);
const dataDir = `data/e2e/${port}`;
rmSync(dataDir, { recursive: true, force: true });

const env = { ...process.env };
// Sign-in throttling must not carry over between runs through a shared Redis.
delete env.REDIS_URL;
Object.assign(env, {
  PORT: port,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATA_DIR: dataDir,
  DATABASE_URL: `file:./${dataDir}/gatehouse.db`,
  GATEHOUSE_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? "admin@example.test",
  ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? "admin-password-123",
  HEALTH_CHECK_INTERVAL_SECONDS: "5",
});

const server = spawn(process.execPath, ["scripts/start.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
