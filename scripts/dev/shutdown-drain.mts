// Manual check (needs `npm run build`): SIGTERM while 300 gateway calls are in flight; every
// answered call must be audited. Run: npx tsx scripts/dev/shutdown-drain.mts
import { spawn, execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import os from "node:os";
const dir = mkdtempSync(`${os.tmpdir()}/gatehouse-drain-`);
const port = 3471,
  db = `${dir}/g.db`;
const env = {
  ...process.env,
  PORT: String(port),
  DATABASE_URL: `file:${db}`,
  GATEHOUSE_SECRET: "shutdown-check-secret-shutdown-check-1",
  ADMIN_PASSWORD: "admin-password-123",
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  GATEWAY_RATE_LIMIT_BURST: "100000",
  GATEWAY_RATE_LIMIT_PER_MINUTE: "1000000",
};
execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "cli/main.ts", "bootstrap"], {
  env,
  stdio: "ignore",
});
const key = execFileSync(
  "node_modules/.bin/tsx",
  ["--conditions=react-server", "cli/main.ts", "create-api-key", "--name", "sd", "--role", "service"],
  { env },
)
  .toString()
  .trim();
import { openSync } from "node:fs";
const logFd = openSync(`${dir}/server.log`, "w");
const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
  env: { ...env, NODE_ENV: "production" },
  stdio: ["ignore", logFd, logFd],
});
const call = (i: number) =>
  fetch(`http://127.0.0.1:${port}/api/mcp`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${key}`,
      "Content-Type": "application/json",
      Accept: "application/json, text/event-stream",
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: i,
      method: "tools/call",
      params: { name: "everything__echo", arguments: { message: `m${i}` } },
    }),
  })
    .then(async (r) => (r.ok && (await r.json()).result ? "ok" : `http ${r.status}`))
    .catch(() => "network");
for (let i = 0; i < 100; i++) {
  try {
    if ((await call(-1)) === "ok") break;
  } catch {}
  await new Promise((r) => setTimeout(r, 300));
}
const before = new Database(db)
  .prepare("select count(*) n from AuditEvent where category='gateway'")
  .get() as { n: number };
const calls = Array.from({ length: 300 }, (_, i) => call(i));
await new Promise((r) => setTimeout(r, 150));
server.kill("SIGTERM");
const outcomes = await Promise.all(calls);
await new Promise((r) => server.on("exit", r));
const after = new Database(db)
  .prepare("select count(*) n from AuditEvent where category='gateway'")
  .get() as { n: number };
const ok = outcomes.filter((o) => o === "ok").length;
console.log(
  `answered ok: ${ok}, refused/failed: ${outcomes.length - ok}, audit events for these calls: ${after.n - before.n}`,
);
console.log(ok <= after.n - before.n ? "every answered call is audited" : "LOST AUDIT EVENTS");
