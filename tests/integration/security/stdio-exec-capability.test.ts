// Issue 9, item 2: servers:write (operator) ran any command on the host by registering or testing
// a stdio upstream, and POST /api/v1/servers/test wrote no audit event. Now a stdio command needs
// servers:exec (admin only by default) to be registered, changed, enabled or tested; HTTP
// upstreams stay with servers:write; every connection test and every denial is audited.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as servers from "@/app/api/v1/servers/route";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as savedTest from "@/app/api/v1/servers/[id]/test/route";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { BUILT_IN_ROLES } from "@/lib/rbac/built-in-roles";
import { createRole } from "@/lib/roles/create-role";
import { createServer } from "@/lib/servers/create-server";
import type { ServerView } from "@/lib/servers/server-view";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
} from "../../helpers/fixtures";
import { everythingStdio, stopGateway } from "../../helpers/upstream";
import { startServerEverythingHttp, stopAll } from "../../helpers/upstream-processes";

const system = { actor: { type: "system" as const } };
let operator: TestKey;
let admin: TestKey;
let execRole: TestKey;
let httpUrl: string;

/** A stdio command that leaves a file behind if it ever runs. */
function markerCommand() {
  const marker = path.join(env.dataDir, `${uniqueName("ran")}.txt`);
  return {
    marker,
    connection: {
      transport: "stdio" as const,
      command: "node",
      args: ["-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")`],
    },
  };
}

async function expectExecDenial(res: { status: number; body: ErrorBody }, actorId: string) {
  expect(res.status).toBe(403);
  expect(res.body.error).toMatchObject({ code: "forbidden", details: { capability: "servers:exec" } });
  expect(res.body.error.message).toContain("servers:exec");
  const denials = await findAuditEvents({
    category: "access",
    action: "authorize",
    result: "denied",
    actorId,
    correlationId: res.body.error.correlationId,
  });
  expect(denials).toHaveLength(1);
  expect(denials[0].details).toMatchObject({ capability: "servers:exec" });
}

beforeAll(async () => {
  await seedRoles();
  operator = await createTestKey(["operator"]);
  admin = await createTestKey(["admin"]);
  await createRole(
    { name: "runner", capabilities: ["servers:read", "servers:write", "servers:exec"] },
    { principal: null, actor: { type: "system" } },
  );
  execRole = await createTestKey(["runner"]);
  httpUrl = (await startServerEverythingHttp()).url;
});

afterAll(async () => {
  await stopGateway();
  await stopAll();
});

test("servers:exec is a capability only admin holds among the built-in roles", () => {
  const holders = BUILT_IN_ROLES.filter((role) => role.capabilities.includes("servers:exec")).map(
    (role) => role.name,
  );
  expect(holders).toEqual(["admin"]);
});

describe("registering", () => {
  test("an operator cannot register a stdio server: 403 naming servers:exec, audited, nothing stored", async () => {
    const slug = uniqueName("op-stdio");
    const res = await call<ErrorBody>(servers.POST, "POST", "/api/v1/servers", {
      apiKey: operator.secret,
      body: {
        slug,
        name: "Shell",
        transport: "stdio",
        command: "sh",
        args: ["-c", "cat /proc/$PPID/environ"],
      },
    });
    await expectExecDenial(res, operator.key.id);
    expect(await db.upstreamServer.findUnique({ where: { slug } })).toBeNull();
  });

  test("an operator still registers HTTP and SSE servers", async () => {
    const res = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
      apiKey: operator.secret,
      body: {
        slug: uniqueName("op-http"),
        name: "Remote",
        transport: "streamable_http",
        url: httpUrl,
        isEnabled: false,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.server.transport).toBe("streamable_http");
  });

  test("admin, and a custom role granted servers:exec, register stdio servers", async () => {
    for (const caller of [admin, execRole]) {
      const res = await call<{ server: ServerView }>(servers.POST, "POST", "/api/v1/servers", {
        apiKey: caller.secret,
        body: { slug: uniqueName("stdio"), name: "Everything", ...everythingStdio(), isEnabled: false },
      });
      expect(res.status).toBe(201);
    }
  });

  test("a session user with operator gets the same 403", async () => {
    const user = await createTestUser(["operator"]);
    const res = await call<ErrorBody>(servers.POST, "POST", "/api/v1/servers", {
      sessionCookie: await sessionCookieFor(user.id),
      body: { slug: uniqueName("op-s"), name: "Shell", transport: "stdio", command: "sh" },
    });
    await expectExecDenial(res, user.id);
  });
});

describe("testing a connection", () => {
  test("an operator testing a stdio command gets a 403 and the command never runs", async () => {
    const { marker, connection } = markerCommand();
    const res = await call<ErrorBody>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: operator.secret,
      body: connection,
    });
    await expectExecDenial(res, operator.key.id);
    expect(existsSync(marker)).toBe(false);
  });

  test("every test is audited: an operator's HTTP test and an admin's stdio test", async () => {
    const since = await lastAuditId();
    const http = await call<ConnectionTestResult>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: operator.secret,
      body: { transport: "streamable_http", url: httpUrl },
    });
    expect(http.body).toMatchObject({ ok: true });
    const stdio = await call<ConnectionTestResult>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: admin.secret,
      body: everythingStdio(),
    });
    expect(stdio.body).toMatchObject({ ok: true });
    const failing = await call<ConnectionTestResult>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: admin.secret,
      body: { transport: "stdio", command: "node", args: ["-e", "process.exit(3)"] },
    });
    expect(failing.body).toMatchObject({ ok: false, error: { kind: "exited" } });

    const events = await findAuditEvents({ category: "server", action: "test", sinceId: since });
    expect(events.map((e) => [e.actorId, e.result, (e.details as { transport: string }).transport])).toEqual([
      [operator.key.id, "success", "streamable_http"],
      [admin.key.id, "success", "stdio"],
      [admin.key.id, "failure", "stdio"],
    ]);
    expect(events[1].details).toMatchObject({ command: process.execPath, toolCount: expect.any(Number) });
    expect(events[2].details).toMatchObject({ command: "node", error: { kind: "exited" } });
  });

  test("testing a saved stdio server needs servers:exec; a saved HTTP server does not", async () => {
    const stdio = await createServer(
      { slug: uniqueName("saved"), name: "Saved stdio", ...everythingStdio(), isEnabled: false },
      system,
    );
    const http = await createServer(
      {
        slug: uniqueName("saved-http"),
        name: "Saved HTTP",
        transport: "streamable_http",
        url: httpUrl,
        isEnabled: false,
      },
      system,
    );
    const denied = await call<ErrorBody>(savedTest.POST, "POST", `/api/v1/servers/${stdio.id}/test`, {
      apiKey: operator.secret,
      params: { id: stdio.id },
    });
    await expectExecDenial(denied, operator.key.id);

    const since = await lastAuditId();
    const allowed = await call<ConnectionTestResult>(
      savedTest.POST,
      "POST",
      `/api/v1/servers/${http.id}/test`,
      { apiKey: operator.secret, params: { id: http.id } },
    );
    expect(allowed.body).toMatchObject({ ok: true });
    const byAdmin = await call<ConnectionTestResult>(
      savedTest.POST,
      "POST",
      `/api/v1/servers/${stdio.id}/test`,
      { apiKey: admin.secret, params: { id: stdio.id } },
    );
    expect(byAdmin.body).toMatchObject({ ok: true });
    const events = await findAuditEvents({ category: "server", action: "test", sinceId: since });
    expect(events.map((e) => [e.serverId, e.target, e.result])).toEqual([
      [http.id, http.slug, "success"],
      [stdio.id, stdio.slug, "success"],
    ]);
  });
});

describe("editing a stdio server", () => {
  let server: ServerView;
  const patch = (caller: TestKey, body: Record<string, unknown>) =>
    call<{ server: ServerView } & ErrorBody>(serverById.PATCH, "PATCH", `/api/v1/servers/${server.id}`, {
      apiKey: caller.secret,
      params: { id: server.id },
      body,
    });

  beforeAll(async () => {
    server = await createServer(
      { slug: uniqueName("edit"), name: "Editable", ...everythingStdio(), isEnabled: false },
      system,
    );
  });

  test("changing command, args or env, or enabling it, needs servers:exec", async () => {
    for (const body of [
      { command: "sh" },
      { args: ["-c", "id"] },
      { env: { NODE_OPTIONS: "--require /tmp/x.js" } },
      { isEnabled: true },
    ]) {
      await expectExecDenial(await patch(operator, body), operator.key.id);
    }
    const stored = await db.upstreamServer.findUniqueOrThrow({ where: { id: server.id } });
    expect({
      command: stored.command,
      args: stored.args,
      envKeys: stored.envKeys,
      isEnabled: stored.isEnabled,
    }).toEqual({ command: server.command, args: server.args, envKeys: [], isEnabled: false });
  });

  test("what neither changes nor starts the command stays with servers:write, even with the form's unchanged command and args", async () => {
    const res = await patch(operator, {
      name: "Renamed",
      description: "by an operator",
      timeoutMs: 20_000,
      command: server.command,
      args: server.args,
    });
    expect(res.status).toBe(200);
    expect(res.body.server).toMatchObject({ name: "Renamed", timeoutMs: 20_000, command: server.command });
  });

  test("an admin enables it and changes its args; the operator may disable it again", async () => {
    expect((await patch(admin, { isEnabled: true })).status).toBe(200);
    expect((await patch(operator, { isEnabled: false })).status).toBe(200);
    expect((await patch(admin, { args: [...server.args] })).status).toBe(200);
    const actions = (await findAuditEvents({ category: "server", target: server.slug })).map(
      (e) => `${e.action}:${e.result}`,
    );
    expect(actions).toEqual([
      "create:success",
      "update:success",
      "enable:success",
      "disable:success",
      "update:success",
    ]);
  });
});
