// Issue 9, SSRF weaker spot: with servers:write, "test connection" reached any address (cloud
// metadata included) and its error text fingerprinted the service behind (response bodies and
// banners were quoted). Now link-local and metadata addresses are refused before connecting, for
// tests and real connections alike, loopback still works, and errors name only a kind and status.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as servers from "@/app/api/v1/servers/route";
import * as serverRefresh from "@/app/api/v1/servers/[id]/refresh/route";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import { db } from "@/lib/db";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { checkUpstreamHealth } from "@/lib/jobs/check-upstream-health";
import type { ServerView } from "@/lib/servers/server-view";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { stopGateway } from "../../helpers/upstream";
import {
  freePort,
  startHttpServer,
  startServerEverythingHttp,
  stopAll,
} from "../../helpers/upstream-processes";

let operator: TestKey;
const BANNER = "SSH-2.0-OpenSSH_9.6p1 Debian-3";
const BODY = "<h1>nginx/1.25.3 internal-billing-service</h1>";

function testConnection(body: Record<string, unknown>) {
  return call<ConnectionTestResult & ErrorBody>(connectionTest.POST, "POST", "/api/v1/servers/test", {
    apiKey: operator.secret,
    body,
  });
}

beforeAll(async () => {
  await seedRoles();
  operator = await createTestKey(["operator"]);
});

afterAll(async () => {
  await stopGateway();
  await stopAll();
});

describe("denied addresses (default: link-local and cloud metadata)", () => {
  const blocked = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254:80/mcp",
    "http://[::ffff:169.254.169.254]/mcp",
    "http://[fe80::1]:8080/mcp",
    "http://[fd00:ec2::254]/mcp",
    "http://100.100.100.200/mcp",
  ];

  test("a connection test is refused before connecting, for either HTTP transport, and audited", async () => {
    for (const url of blocked) {
      for (const transport of ["streamable_http", "sse"]) {
        const res = await testConnection({ transport, url });
        expect(res.status).toBe(200);
        expect(res.body, url).toMatchObject({
          ok: false,
          error: { kind: "blocked", message: expect.stringContaining("not an allowed upstream address") },
        });
      }
    }
    const events = await findAuditEvents({
      category: "server",
      action: "test",
      result: "failure",
      actorId: operator.key.id,
    });
    expect(
      events.filter((e) => (e.details as { error: { kind: string } }).error.kind === "blocked"),
    ).toHaveLength(blocked.length * 2);
  });

  test("a registered server with such an address never connects: refresh and health check say so", async () => {
    const created = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
      apiKey: operator.secret,
      body: {
        slug: uniqueName("metadata"),
        name: "Metadata",
        transport: "streamable_http",
        url: "http://169.254.169.254/mcp",
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.server.id;
    const refreshed = await call<ErrorBody>(serverRefresh.POST, "POST", `/api/v1/servers/${id}/refresh`, {
      apiKey: operator.secret,
      params: { id },
    });
    expect(refreshed.status).toBe(502);
    expect(refreshed.body.error.message).toContain("not an allowed upstream address");
    await checkUpstreamHealth(await getGatewayRuntime());
    const row = await db.upstreamServer.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      healthStatus: "down",
      lastError: expect.stringContaining("not an allowed upstream address"),
    });
  });
});

describe("loopback stays allowed", () => {
  test("a real MCP server on 127.0.0.1 and on localhost", async () => {
    const { url } = await startServerEverythingHttp();
    for (const target of [url, url.replace("127.0.0.1", "localhost")]) {
      expect((await testConnection({ transport: "streamable_http", url: target })).body).toMatchObject({
        ok: true,
      });
    }
  });

  test("nothing listening on a loopback port is 'refused', not 'blocked'", async () => {
    const res = await testConnection({
      transport: "streamable_http",
      url: `http://127.0.0.1:${await freePort()}/mcp`,
    });
    expect(res.body).toMatchObject({ ok: false, error: { kind: "refused" } });
  });
});

describe("errors do not fingerprint the service behind a URL", () => {
  test("response bodies and banners are never quoted, only the kind and HTTP status", async () => {
    const html = await startHttpServer((_req, res) =>
      res.writeHead(404, { "content-type": "text/html" }).end(BODY),
    );
    const banner = await startHttpServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/plain" }).end(BANNER),
    );
    const broken = await startHttpServer((_req, res) =>
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: BODY })),
    );
    const json = await startHttpServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ banner: BANNER })),
    );
    for (const base of [html, banner, broken, json]) {
      for (const transport of ["streamable_http", "sse"]) {
        const res = await testConnection({ transport, url: `${base}/mcp` });
        expect(res.body.ok, `${transport} ${base}`).toBe(false);
        const text = JSON.stringify(res.body);
        expect(text).not.toContain("nginx");
        expect(text).not.toContain("OpenSSH");
        expect(text).not.toContain("billing");
        expect(res.body.ok === false && res.body.error.message.length).toBeLessThan(200);
      }
    }
    const notFound = await testConnection({ transport: "streamable_http", url: `${html}/mcp` });
    expect(notFound.body).toMatchObject({
      ok: false,
      error: { kind: "not_mcp", message: expect.stringContaining("HTTP 404") },
    });
  });
});
