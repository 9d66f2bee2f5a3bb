// Issue 9, item 6: the unauthenticated readiness probe listed every upstream's lastError, which
// carried a stdio server's stderr (a token from its encrypted env) and URLs with user:password@
// and ?api_key=. Now the public probe says only ok/degraded; details need servers:read; errors are
// scrubbed of configured secret values wherever they surface (probe, server API, test results,
// audit trail, logs); URLs with user-info are refused; secret-looking query values are masked.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import * as ready from "@/app/api/health/ready/route";
import * as servers from "@/app/api/v1/servers/route";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as savedTest from "@/app/api/v1/servers/[id]/test/route";
import * as serverRefresh from "@/app/api/v1/servers/[id]/refresh/route";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import { db } from "@/lib/db";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { checkUpstreamHealth } from "@/lib/jobs/check-upstream-health";
import { describeForwardFailure } from "@/lib/gateway/forward-upstream";
import { scrubStoredErrors } from "@/lib/servers/scrub-stored-errors";
import type { ServerView } from "@/lib/servers/server-view";
import { call, type ErrorBody } from "../../helpers/http";
import { auditRowsContaining, findAuditEvents } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { stopGateway } from "../../helpers/upstream";
import { freePort } from "../../helpers/upstream-processes";

const IDENTITY_SERVER = "tests/fixtures/identity-server.mjs";
const TOKEN = `tok-${randomBytes(12).toString("hex")}`;
const URL_KEY = `urlkey-${randomBytes(12).toString("hex")}`;
let admin: TestKey;
let viewer: TestKey;
let leaky: ServerView;
const logLines: string[] = [];

type ReadyBody = {
  status: string;
  checks: {
    database: Record<string, unknown>;
    upstreams: { status: string; servers?: { slug: string; status: string; lastError: string | null }[] };
  };
};

beforeAll(async () => {
  await seedRoles();
  admin = await createTestKey(["admin"]);
  viewer = await createTestKey(["viewer"]);
  // Captured, not replaced: logs still go out, and the test reads what they said.
  for (const method of ["log", "warn", "error"] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logLines.push(args.map(String).join(" "));
      original(...args);
    });
  }

  // A stdio server that prints the token from its env to stderr and exits, like a misconfigured one.
  const created = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
    apiKey: admin.secret,
    body: {
      slug: uniqueName("leaky"),
      name: "Leaky",
      transport: "stdio",
      command: "node",
      args: [IDENTITY_SERVER],
      env: { IDENTITY_LEAK_VARIABLE: "UPSTREAM_TOKEN", UPSTREAM_TOKEN: TOKEN },
    },
  });
  expect(created.status).toBe(201);
  leaky = created.body.server;
  await checkUpstreamHealth(await getGatewayRuntime());
});

afterAll(stopGateway);

function expectNoToken(value: unknown) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(URL_KEY);
}

describe("a stdio server whose stderr prints a token from its env", () => {
  test("the stored last error keeps the clue but not the token", async () => {
    const row = await db.upstreamServer.findUniqueOrThrow({ where: { id: leaky.id } });
    expect(row.healthStatus).toBe("down");
    // Every env value is a secret, the variable's name given as IDENTITY_LEAK_VARIABLE's value too.
    expect(row.lastError).toContain("Last output: starting with [redacted]=[redacted]");
    expectNoToken(row.lastError);
  });

  test("the public readiness probe says ok/degraded per check, nothing more", async () => {
    const res = await call<ReadyBody>(ready.GET, "GET", "/api/health/ready");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "ok",
      checks: { database: { status: "ok" }, upstreams: { status: "degraded" } },
    });
  });

  test("a stale or bad credential gets the public answer, not an error", async () => {
    const stale: Record<string, string>[] = [
      { authorization: "Bearer ghk_notakey" },
      { authorization: "Basic abc" },
      { cookie: "next-auth.session-token=stale" },
    ];
    for (const headers of stale) {
      const res = await call<ReadyBody>(ready.GET, "GET", "/api/health/ready", { headers });
      expect(res.status).toBe(200);
      expect(res.body.checks.upstreams).toEqual({ status: "degraded" });
    }
  });

  test("with servers:read the probe gives details, scrubbed", async () => {
    const res = await call<ReadyBody>(ready.GET, "GET", "/api/health/ready", { apiKey: viewer.secret });
    expect(res.status).toBe(200);
    expect(res.body.checks.database).toMatchObject({ status: "ok", latencyMs: expect.any(Number) });
    const entry = res.body.checks.upstreams.servers?.find((s) => s.slug === leaky.slug);
    expect(entry).toMatchObject({ status: "down", lastError: expect.stringContaining("[redacted]") });
    expectNoToken(res.body);
  });

  test("the server API, a saved test, an unsaved test and a refresh never return the token", async () => {
    const one = await call(serverById.GET, "GET", `/api/v1/servers/${leaky.id}`, {
      apiKey: viewer.secret,
      params: { id: leaky.id },
    });
    expect(one.body).toMatchObject({ server: { lastError: expect.stringContaining("[redacted]") } });
    expectNoToken(one.body);
    expectNoToken((await call(servers.GET, "GET", "/api/v1/servers", { apiKey: viewer.secret })).body);

    const saved = await call(savedTest.POST, "POST", `/api/v1/servers/${leaky.id}/test`, {
      apiKey: admin.secret,
      params: { id: leaky.id },
    });
    expect(saved.body).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("[redacted]") },
    });
    expectNoToken(saved.body);

    const unsaved = await call(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: admin.secret,
      body: {
        transport: "stdio",
        command: "node",
        args: [IDENTITY_SERVER],
        env: { IDENTITY_LEAK_VARIABLE: "UPSTREAM_TOKEN", UPSTREAM_TOKEN: TOKEN },
      },
    });
    expect(unsaved.body).toMatchObject({ ok: false });
    expectNoToken(unsaved.body);

    const refreshed = await call<ErrorBody>(
      serverRefresh.POST,
      "POST",
      `/api/v1/servers/${leaky.id}/refresh`,
      { apiKey: admin.secret, params: { id: leaky.id } },
    );
    expect(refreshed.status).toBe(502);
    expectNoToken(refreshed.body);
  });

  test("the audit trail has the tests and the failed refresh, and not the token", async () => {
    expect(await findAuditEvents({ category: "server", action: "test", result: "failure" })).toHaveLength(2);
    expect(await findAuditEvents({ category: "server", action: "refresh", result: "failure" })).toHaveLength(
      1,
    );
    expect(await auditRowsContaining(TOKEN)).toEqual([]);
  });

  test("a last error stored before scrubbing existed is scrubbed at the next start", async () => {
    await db.upstreamServer.update({
      where: { id: leaky.id },
      data: { lastError: `old error: starting with UPSTREAM_TOKEN=${TOKEN}` },
    });
    expect(await scrubStoredErrors()).toBe(1);
    const row = await db.upstreamServer.findUniqueOrThrow({ where: { id: leaky.id } });
    expect(row.lastError).toBe("old error: starting with [redacted]=[redacted]");
  });

  test("a failed call whose error quotes the token: the client's message and the log are scrubbed", async () => {
    const runtime = await getGatewayRuntime();
    await runtime.reload();
    const entry = runtime.servers.get(leaky.id);
    expect(entry).toBeDefined();
    for (const error of [
      new Error(`child said UPSTREAM_TOKEN=${TOKEN}`),
      new TypeError(`our bug near ${TOKEN}`),
    ]) {
      expectNoToken(describeForwardFailure(error, "leaky__tool", entry!).error.message);
    }
    expect(logLines.some((line) => line.includes("unexpected upstream failure"))).toBe(true);
  });

  test("nor do the logs", () => {
    expect(logLines.filter((line) => line.includes(TOKEN))).toEqual([]);
  });
});

describe("URLs", () => {
  test("user:password@ in a URL is refused everywhere a URL is accepted, pointing at headers", async () => {
    const url = `http://bob:${TOKEN}@127.0.0.1:${await freePort()}/mcp`;
    const created = await call<ErrorBody>(servers.POST, "POST", "/api/v1/servers", {
      apiKey: admin.secret,
      body: { slug: uniqueName("userinfo"), name: "U", transport: "streamable_http", url },
    });
    const tested = await call<ErrorBody>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: admin.secret,
      body: { transport: "sse", url },
    });
    const http = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
      apiKey: admin.secret,
      body: {
        slug: uniqueName("plain"),
        name: "P",
        transport: "streamable_http",
        url: "http://127.0.0.1:1/mcp",
        isEnabled: false,
      },
    });
    const patched = await call<ErrorBody>(
      serverById.PATCH,
      "PATCH",
      `/api/v1/servers/${http.body.server.id}`,
      { apiKey: admin.secret, params: { id: http.body.server.id }, body: { url } },
    );
    for (const res of [created, tested, patched]) {
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: "invalid_input",
        details: { fields: { url: [expect.stringContaining("header")] } },
      });
      expectNoToken(res.body);
    }
    expect(await auditRowsContaining(TOKEN)).toEqual([]);
  });

  describe("a secret-looking query parameter", () => {
    let server: ServerView;
    let url: string;

    beforeAll(async () => {
      url = `http://127.0.0.1:${await freePort()}/mcp?api_key=${URL_KEY}&page=2`;
      const created = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
        apiKey: admin.secret,
        body: { slug: uniqueName("qs"), name: "Query", transport: "streamable_http", url, isEnabled: false },
      });
      expect(created.status).toBe(201);
      server = created.body.server;
    });

    test("is masked in the server's view and in the audit trail; stored as given", async () => {
      expect(server.url).toBe(url.replace(URL_KEY, "***"));
      const view = await call<{ server: ServerView }>(serverById.GET, "GET", `/api/v1/servers/${server.id}`, {
        apiKey: viewer.secret,
        params: { id: server.id },
      });
      expect(view.body.server.url).toBe(server.url);
      const [event] = await findAuditEvents({ category: "server", action: "create", target: server.slug });
      expect(event.details).toMatchObject({ url: server.url });
      expect((await db.upstreamServer.findUniqueOrThrow({ where: { id: server.id } })).url).toBe(url);
      expect(await auditRowsContaining(URL_KEY)).toEqual([]);
    });

    test("is masked in test results, saved and unsaved, and their audit events", async () => {
      const unsaved = await call(connectionTest.POST, "POST", "/api/v1/servers/test", {
        apiKey: admin.secret,
        body: { transport: "streamable_http", url },
      });
      expect(unsaved.body).toMatchObject({
        ok: false,
        error: { kind: "refused", message: expect.stringContaining("api_key=***") },
      });
      const saved = await call(savedTest.POST, "POST", `/api/v1/servers/${server.id}/test`, {
        apiKey: admin.secret,
        params: { id: server.id },
      });
      expect(saved.body).toMatchObject({ ok: false, error: { kind: "refused" } });
      expectNoToken([unsaved.body, saved.body]);
      expect(await auditRowsContaining(URL_KEY)).toEqual([]);
    });

    test("the console sending the masked URL back keeps the stored one; another masked URL is refused", async () => {
      const kept = await call<{ server: ServerView }>(
        serverById.PATCH,
        "PATCH",
        `/api/v1/servers/${server.id}`,
        { apiKey: admin.secret, params: { id: server.id }, body: { url: server.url, name: "Renamed" } },
      );
      expect(kept.status).toBe(200);
      expect((await db.upstreamServer.findUniqueOrThrow({ where: { id: server.id } })).url).toBe(url);

      const changed = await call<ErrorBody>(serverById.PATCH, "PATCH", `/api/v1/servers/${server.id}`, {
        apiKey: admin.secret,
        params: { id: server.id },
        body: { url: String(server.url).replace("page=2", "page=3") },
      });
      expect(changed.status).toBe(400);
      expect(changed.body.error.details).toMatchObject({ fields: { url: [expect.stringContaining("***")] } });
      expect((await db.upstreamServer.findUniqueOrThrow({ where: { id: server.id } })).url).toBe(url);
      expect(await auditRowsContaining(URL_KEY)).toEqual([]);
    });
  });
});
