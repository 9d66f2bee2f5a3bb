import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

// The built server, SIGTERMed while gateway calls are in flight: every call that reaches the
// gateway is answered or refused cleanly and audited, and in-flight calls still reach their
// upstream. Runs against the production build because only there do instrumentation and routes
// live in separate bundles (an in-process test cannot see that class of bug).
const PORT = Number(process.env.E2E_SHUTDOWN_PORT ?? 3473);
const CALLS = 200;

test("SIGTERM drains in-flight gateway calls and loses no audit event", async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "gatehouse-shutdown-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    DATABASE_URL: `file:${dir}/g.db`,
    DATA_DIR: dir,
    GATEHOUSE_SECRET: "shutdown-spec-secret-shutdown-spec-0001",
    ADMIN_PASSWORD: "admin-password-123",
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    GATEWAY_RATE_LIMIT_BURST: "100000",
    GATEWAY_RATE_LIMIT_PER_MINUTE: "1000000",
  };
  delete env.REDIS_URL;
  const cli = (...args: string[]) =>
    execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/main.ts", ...args], { env })
      .toString()
      .trim();
  cli("bootstrap");
  const key = cli("create-api-key", "--name", "shutdown", "--role", "service");
  // What `npm start` serves with (scripts/start.mjs): Next.js behind scripts/server.mjs.
  const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: "ignore" });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    const call = (id: number) =>
      fetch(`http://127.0.0.1:${PORT}/api/mcp`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${key}`,
          "Content-Type": "application/json",
          Accept: "application/json, text/event-stream",
        },
        body: JSON.stringify({
          jsonrpc: "2.0",
          id,
          method: "tools/call",
          params: { name: "everything__echo", arguments: { message: `m${id}` } },
        }),
      }).then(
        async (r) => (r.ok && (await r.json()).result ? "answered" : "refused"),
        () => "unreachable",
      );

    // The demo upstream is discovered in the background after start.
    await expect.poll(() => call(-1), { timeout: 60_000, intervals: [500] }).toBe("answered");

    const calls = Array.from({ length: CALLS }, (_, i) => call(i));
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.kill("SIGTERM");
    const outcomes = await Promise.all(calls);
    await exited;

    const db = new Database(`${dir}/g.db`, { readonly: true });
    const rows = db
      .prepare(
        "SELECT json_extract(details, '$.outcome') AS outcome, COUNT(*) AS n FROM AuditEvent WHERE category = 'gateway' AND action = 'tools/call' AND correlationId IS NOT NULL GROUP BY 1",
      )
      .all() as { outcome: string; n: number }[];
    db.close();
    const audited = Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
    const answered = outcomes.filter((o) => o === "answered").length;

    // Every answered call has its success event (plus the warm-up calls), and nothing failed
    // upstream: in-flight calls were not cut off, refusals were named for what they were.
    expect(answered).toBeGreaterThan(0);
    expect(audited.success ?? 0).toBeGreaterThanOrEqual(answered);
    expect(
      Object.keys(audited).filter(
        (o) => !["success", "overloaded", "shutting_down", "not_found"].includes(o),
      ),
    ).toEqual([]);
  } finally {
    server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
