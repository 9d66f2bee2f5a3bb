// Upstreams registered through the REST API: server-everything over streamable HTTP (a real
// child process on a free port), the fault server over HTTP behind a bearer token and over stdio
// with env. "Test connection" says what went wrong; header and env values are write-only and
// stored encrypted; disabling a server stops its stdio child and hides its tools, enabling it
// brings them back; deleting it stops the child too.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import * as servers from "@/app/api/v1/servers/route";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as serverTest from "@/app/api/v1/servers/[id]/test/route";
import * as serverRefresh from "@/app/api/v1/servers/[id]/refresh/route";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import { db } from "@/lib/db";
import { openJson } from "@/lib/crypto/seal";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import type { ServerView } from "@/lib/servers/server-view";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { auditRowsContaining, lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  rpcError,
  textOf,
  waitFor,
  waitForCatalog,
} from "../../helpers/mcp-gateway";
import {
  childProcesses,
  createFaultFiles,
  FAULT_SERVER_STDIO,
  freePort,
  isAlive,
  startFaultServerHttp,
  startHttpServer,
  startServerEverythingHttp,
  stopAll,
} from "../../helpers/upstream-processes";

let adminKey: TestKey;
let agent: Client;
let everythingUrl: string;
let guardedUrl: string;
const GUARD_TOKEN = "guard-token-5f3e9a";
const pids = new Set<number>();

function testConnection(body: Record<string, unknown>) {
  return call<ConnectionTestResult & ErrorBody>(connectionTest.POST, "POST", "/api/v1/servers/test", {
    apiKey: adminKey.secret,
    body,
  });
}

async function registerServer(body: Record<string, unknown>): Promise<ServerView> {
  const created = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
    apiKey: adminKey.secret,
    body,
  });
  expect(created.status).toBe(201);
  return created.body.server;
}

function refresh(id: string) {
  return call<{ summary: ToolSyncSummary }>(serverRefresh.POST, "POST", `/api/v1/servers/${id}/refresh`, {
    apiKey: adminKey.secret,
    params: { id },
  });
}

function patchServer(id: string, body: Record<string, unknown>) {
  return call<{ server: ServerView }>(serverById.PATCH, "PATCH", `/api/v1/servers/${id}`, {
    apiKey: adminKey.secret,
    params: { id },
    body,
  });
}

async function listedNames(): Promise<string[]> {
  return (await agent.listTools()).tools.map((t) => t.name);
}

beforeAll(async () => {
  await seedRoles();
  await createRole(
    {
      name: "remote_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [{ pattern: "*/*", effect: "allow" }],
    },
    { principal: null, actor: { type: "system" } },
  );
  const agentKey = await createTestKey(["remote_agent"]);
  adminKey = await createTestKey(["admin"]);
  const [everything, guarded] = await Promise.all([
    startServerEverythingHttp(),
    startFaultServerHttp({ FAULT_REQUIRE_TOKEN: GUARD_TOKEN }),
  ]);
  everythingUrl = everything.url;
  guardedUrl = guarded.url;
  agent = await connectGateway(agentKey.secret);
});

afterAll(async () => {
  await agent?.close();
  await (await getGatewayRuntime()).shutdown();
  await stopAll();
  await waitFor(() => childProcesses().length === 0, { what: "every child process to exit" });
  expect([...pids].filter(isAlive)).toEqual([]);
});

describe("test connection", () => {
  test("success: server info and what it offers", async () => {
    const res = await testConnection({ transport: "streamable_http", url: everythingUrl });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ok: true,
      serverInfo: { name: expect.any(String) },
      toolCount: expect.any(Number),
      promptCount: expect.any(Number),
    });
    expect(res.body.ok && res.body.toolCount).toBeGreaterThan(5);
  });

  test("a bad URL is refused with a field error before anything connects", async () => {
    for (const url of ["not a url", "http://localhost:99999/mcp", "ftp://127.0.0.1/mcp"]) {
      const res = await testConnection({ transport: "streamable_http", url });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "invalid_input",
        details: { fields: { url: expect.any(Array) } },
      });
    }
  });

  test("refused: nothing listens on the port", async () => {
    const res = await testConnection({
      transport: "streamable_http",
      url: `http://127.0.0.1:${await freePort()}/mcp`,
    });
    expect(res.body).toMatchObject({
      ok: false,
      error: { kind: "refused", message: expect.stringContaining("Connection refused") },
    });
  });

  test("not MCP: a web server answering 404 or an HTML page", async () => {
    const notFound = await startHttpServer((_req, res) =>
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
    );
    const page = await startHttpServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Hi</title>"),
    );
    for (const url of [`${notFound}/mcp`, `${page}/mcp`]) {
      const res = await testConnection({ transport: "streamable_http", url });
      expect(res.body).toMatchObject({ ok: false, error: { kind: "not_mcp" } });
    }
  });

  test("auth: a server answering 401, and the fault server without its token; with the token it works", async () => {
    const locked = await startHttpServer((_req, res) =>
      res.writeHead(401, { "www-authenticate": "Bearer" }).end(),
    );
    for (const url of [`${locked}/mcp`, guardedUrl]) {
      const res = await testConnection({ transport: "streamable_http", url });
      expect(res.body).toMatchObject({
        ok: false,
        error: { kind: "auth", message: expect.stringContaining("401") },
      });
    }
    const withToken = await testConnection({
      transport: "streamable_http",
      url: guardedUrl,
      headers: { Authorization: `Bearer ${GUARD_TOKEN}` },
    });
    expect(withToken.body).toMatchObject({ ok: true, serverInfo: { name: "fault-server" }, toolCount: 11 });
  });

  test("stdio: a command that does not exist, and one that exits at once", async () => {
    const missing = await testConnection({
      transport: "stdio",
      command: "gatehouse-no-such-command",
      args: [],
    });
    expect(missing.body).toMatchObject({ ok: false, error: { kind: "spawn_failed" } });
    const exits = await testConnection({
      transport: "stdio",
      command: "node",
      args: ["-e", "process.exit(3)"],
    });
    expect(exits.body).toMatchObject({ ok: false, error: { kind: "exited" } });
  });
});

describe("registration over streamable HTTP", () => {
  let remote: ServerView;

  test("register -> refresh -> its tools are listed and callable, audited against the server", async () => {
    remote = await registerServer({
      slug: "remote",
      name: "Everything over HTTP",
      transport: "streamable_http",
      url: everythingUrl,
      headers: { "X-Trace-Secret": "trace-secret-0042" },
    });
    expect(remote).toMatchObject({
      slug: "remote",
      transport: "streamable_http",
      url: everythingUrl,
      headerKeys: ["X-Trace-Secret"],
    });

    const refreshed = await refresh(remote.id);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.summary.added).toBeGreaterThan(5);
    // The catalog reloads after the refresh has answered (announceChange does not wait for it).
    await waitForCatalog(["remote__echo"]);
    expect(await listedNames()).toContain("remote__echo");

    const since = await lastAuditId();
    expect(textOf(await agent.callTool({ name: "remote__echo", arguments: { message: "over http" } }))).toBe(
      "Echo: over http",
    );
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "remote/echo",
      serverId: remote.id,
      result: "success",
      details: { outcome: "success" },
    });

    const saved = await call<{ ok: boolean }>(serverTest.POST, "POST", `/api/v1/servers/${remote.id}/test`, {
      apiKey: adminKey.secret,
      params: { id: remote.id },
    });
    expect(saved.body).toMatchObject({ ok: true });
  });

  test("a server behind a token: the stored header is sent, and its value is never returned nor stored in clear", async () => {
    const guarded = await registerServer({
      slug: "guarded",
      name: "Fault server behind a token",
      transport: "streamable_http",
      url: guardedUrl,
      headers: { Authorization: `Bearer ${GUARD_TOKEN}` },
    });
    expect((await refresh(guarded.id)).status).toBe(200);
    await waitForCatalog(["guarded__record"]);
    expect(textOf(await agent.callTool({ name: "guarded__record", arguments: { via: "token" } }))).toBe(
      '{"via":"token"}',
    );

    const one = await call(serverById.GET, "GET", `/api/v1/servers/${guarded.id}`, {
      apiKey: adminKey.secret,
      params: { id: guarded.id },
    });
    const all = await call(servers.GET, "GET", "/api/v1/servers", { apiKey: adminKey.secret });
    expect(one.body).toMatchObject({ server: { headerKeys: ["Authorization"] } });
    for (const body of [one.body, all.body]) {
      expect(JSON.stringify(body)).not.toContain(GUARD_TOKEN);
      expect(JSON.stringify(body)).not.toContain("trace-secret-0042");
    }

    const row = await db.upstreamServer.findUniqueOrThrow({ where: { id: guarded.id } });
    expect(row.headersEncrypted).toEqual(expect.any(String));
    expect(row.headersEncrypted).not.toContain(GUARD_TOKEN);
    expect(row.headersEncrypted).not.toContain("Authorization");
    expect(openJson(row.headersEncrypted!)).toEqual({ Authorization: `Bearer ${GUARD_TOKEN}` });
    expect(await auditRowsContaining(GUARD_TOKEN)).toEqual([]);
  });
});

describe("stdio servers: env is write-only; disable, enable, delete", () => {
  let toggle: ServerView;
  const files = createFaultFiles();

  async function pidOfToggle(): Promise<number> {
    const pid = Number(textOf(await agent.callTool({ name: "toggle__pid", arguments: {} })));
    pids.add(pid);
    return pid;
  }

  test("registered with env: only the names come back; stored encrypted; the child gets the values", async () => {
    toggle = await registerServer({
      slug: "toggle",
      name: "Fault server over stdio",
      transport: "stdio",
      ...FAULT_SERVER_STDIO,
      // Stopping it takes 800 ms, as for a server that flushes state on exit.
      env: { ...files.env, FAULT_EXIT_DELAY_MS: "800", TOGGLE_SECRET: "env-secret-7731" },
    });
    expect(toggle.envKeys).toEqual([
      "FAULT_CALLS_FILE",
      "FAULT_EXIT_DELAY_MS",
      "FAULT_STATE_FILE",
      "TOGGLE_SECRET",
    ]);
    expect(JSON.stringify(toggle)).not.toContain("env-secret-7731");
    const row = await db.upstreamServer.findUniqueOrThrow({ where: { id: toggle.id } });
    expect(row.envEncrypted).not.toContain("env-secret-7731");
    expect(openJson<Record<string, string>>(row.envEncrypted!).TOGGLE_SECRET).toBe("env-secret-7731");

    expect((await refresh(toggle.id)).status).toBe(200);
    await waitForCatalog(["toggle__pid"]);
    await pidOfToggle();
    // The child writes its calls where its env says: it got the values.
    expect(files.calls().map((c) => c.tool)).toEqual(["pid"]);
    expect(await auditRowsContaining("env-secret-7731")).toEqual([]);
  });

  test("disable via PATCH stops the child and hides the tools; enable brings them back with a new child", async () => {
    const pid = await pidOfToggle();
    expect(isAlive(pid)).toBe(true);

    const disabled = await patchServer(toggle.id, { isEnabled: false });
    expect(disabled.status).toBe(200);
    expect(disabled.body.server).toMatchObject({ isEnabled: false, connected: false });
    // Once the PATCH has answered, agents no longer see the tools. (Soft: the rest still runs.)
    expect.soft((await listedNames()).filter((n) => n.startsWith("toggle__"))).toEqual([]);
    await waitForCatalog(["toggle__pid"], { present: false });
    await waitFor(() => !isAlive(pid), { what: `the child ${pid} to exit` });
    const error = await rpcError(agent.callTool({ name: "toggle__pid", arguments: {} }));
    expect(error.code).toBe(ErrorCode.InvalidParams);
    // Refresh refuses a disabled server.
    expect((await refresh(toggle.id)).status).toBe(409);

    const enabled = await patchServer(toggle.id, { isEnabled: true });
    expect(enabled.status).toBe(200);
    await waitForCatalog(["toggle__pid"]);
    expect(await listedNames()).toContain("toggle__pid");
    const next = await pidOfToggle();
    expect(next).not.toBe(pid);
    expect(isAlive(next)).toBe(true);
  });

  test("delete stops the child and removes the tools", async () => {
    const pid = await pidOfToggle();
    const res = await call(serverById.DELETE, "DELETE", `/api/v1/servers/${toggle.id}`, {
      apiKey: adminKey.secret,
      params: { id: toggle.id },
    });
    expect(res.status).toBe(204);
    await waitFor(() => !isAlive(pid), { what: `the child ${pid} to exit` });
    await waitForCatalog(["toggle__pid"], { present: false });
    expect((await listedNames()).filter((n) => n.startsWith("toggle__"))).toEqual([]);
    expect(await db.tool.count({ where: { serverId: toggle.id } })).toBe(0);
  });
});
