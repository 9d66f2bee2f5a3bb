// Issue 9, item 2: a stdio child inherited Gatehouse's environment (GATEHOUSE_SECRET among it:
// `cat /proc/$PPID/environ` was not even needed) and ran as Gatehouse's own user. Now its
// environment is PATH plus its configured env, nothing else; STDIO_UID/STDIO_GID run it as
// another user; STDIO_ALLOWED_COMMANDS limits what may run, at registration, test and start.
// The children here are a real stdio MCP server (tests/fixtures/identity-server.mjs).
import { vi } from "vitest";

const IS_ROOT = process.getuid?.() === 0;
/** Where the identity server is put for nobody to run (tests/helpers/identity-server-for-others.ts). */
const FOR_OTHERS_DIR = vi.hoisted(() => {
  const dir = `/tmp/gatehouse-identity-${process.pid}`;
  process.env.STDIO_ALLOWED_COMMANDS = `node, /usr/bin/true, ${dir}/node`;
  // As root the children really switch to nobody; otherwise switching must fail, and say so.
  process.env.STDIO_UID = "65534";
  process.env.STDIO_GID = "65534";
  return dir;
});

import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as servers from "@/app/api/v1/servers/route";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as savedTest from "@/app/api/v1/servers/[id]/test/route";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { closeUpstreamClient, openUpstreamClient } from "@/lib/gateway/upstream-connection";
import { createServer } from "@/lib/servers/create-server";
import type { Connection } from "@/lib/servers/schemas";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { stopGateway } from "../../helpers/upstream";
import {
  prepareIdentityServerForOthers,
  type IdentityServerForOthers,
} from "../../helpers/identity-server-for-others";

const IDENTITY_SERVER = path.resolve(import.meta.dirname, "../../fixtures/identity-server.mjs");
const system = { actor: { type: "system" as const } };
let admin: TestKey;

type Identity = { uid: number; gid: number; groups: number[]; env: Record<string, string> };

async function identityOf(connection: Connection): Promise<Identity> {
  const { client, transport } = await openUpstreamClient(connection, "identity", 10_000);
  try {
    const result = await client.callTool({ name: "identity", arguments: {} });
    const [content] = result.content as { type: string; text: string }[];
    return JSON.parse(content.text) as Identity;
  } finally {
    await closeUpstreamClient(client, transport);
  }
}

beforeAll(async () => {
  await seedRoles();
  admin = await createTestKey(["admin"]);
});

afterAll(stopGateway);

describe.runIf(IS_ROOT)("running as root", () => {
  let forOthers: IdentityServerForOthers;
  beforeAll(() => {
    forOthers = prepareIdentityServerForOthers(FOR_OTHERS_DIR);
  });
  afterAll(() => forOthers.remove());

  test("the child runs as STDIO_UID/STDIO_GID, without supplementary groups", async () => {
    const identity = await identityOf({
      transport: "stdio",
      command: forOthers.command,
      args: [forOthers.script],
    });
    expect({ uid: identity.uid, gid: identity.gid }).toEqual({ uid: 65534, gid: 65534 });
    expect(identity.groups.filter((g) => g !== 65534)).toEqual([]);
  });

  test("its environment is PATH plus the configured env: no GATEHOUSE_SECRET, DATABASE_URL or anything else of ours", async () => {
    expect(process.env.GATEHOUSE_SECRET).toBeTruthy();
    const identity = await identityOf({
      transport: "stdio",
      command: forOthers.command,
      args: [forOthers.script],
      env: { UPSTREAM_SETTING: "configured" },
    });
    expect(identity.env).toEqual({ PATH: env.PATH, UPSTREAM_SETTING: "configured" });
  });
});

describe.skipIf(IS_ROOT)("running as an ordinary user", () => {
  test("switching to STDIO_UID is refused by the system, and the test says why", async () => {
    const res = await call<ConnectionTestResult>(connectionTest.POST, "POST", "/api/v1/servers/test", {
      apiKey: admin.secret,
      body: { transport: "stdio", command: "node", args: [IDENTITY_SERVER] },
    });
    expect(res.body).toMatchObject({
      ok: false,
      error: { kind: "spawn_failed", message: expect.stringContaining("STDIO_UID") },
    });
  });
});

describe("STDIO_ALLOWED_COMMANDS", () => {
  const refusedCommands = ["sh", "/bin/sh", "./node", "bin/node"];

  test("registering or testing a command it does not list is refused (403, says which setting), and audited", async () => {
    for (const command of refusedCommands) {
      const slug = uniqueName("blocked");
      const created = await call<ErrorBody>(servers.POST, "POST", "/api/v1/servers", {
        apiKey: admin.secret,
        body: { slug, name: "Blocked", transport: "stdio", command, args: ["-c", "id"] },
      });
      expect(created.status, command).toBe(403);
      expect(created.body.error).toMatchObject({
        code: "forbidden",
        details: { reason: "command_not_allowed" },
      });
      expect(created.body.error.message).toContain("STDIO_ALLOWED_COMMANDS");
      expect(await db.upstreamServer.findUnique({ where: { slug } })).toBeNull();
      const denied = await findAuditEvents({
        category: "server",
        action: "create",
        result: "denied",
        target: slug,
      });
      expect(denied).toHaveLength(1);

      const tested = await call<ErrorBody>(connectionTest.POST, "POST", "/api/v1/servers/test", {
        apiKey: admin.secret,
        body: { transport: "stdio", command, args: [] },
      });
      expect(tested.status).toBe(403);
      expect(tested.body.error.details).toMatchObject({ reason: "command_not_allowed" });
    }
  });

  test("a listed name allows that name and the file it resolves to; a listed path allows exactly that file", async () => {
    for (const command of ["node", process.execPath, "/usr/bin/true"]) {
      const res = await call(servers.POST, "POST", "/api/v1/servers", {
        apiKey: admin.secret,
        body: {
          slug: uniqueName("allowed"),
          name: "Allowed",
          transport: "stdio",
          command,
          args: [],
          isEnabled: false,
        },
      });
      expect(res.status, command).toBe(201);
    }
  });

  test("changing a saved server's command to one it does not list is refused", async () => {
    const server = await createServer(
      {
        slug: uniqueName("edit"),
        name: "Edit",
        transport: "stdio",
        command: "node",
        args: [IDENTITY_SERVER],
        isEnabled: false,
      },
      system,
    );
    const res = await call<ErrorBody>(serverById.PATCH, "PATCH", `/api/v1/servers/${server.id}`, {
      apiKey: admin.secret,
      params: { id: server.id },
      body: { command: "/bin/sh" },
    });
    expect(res.status).toBe(403);
    expect((await db.upstreamServer.findUniqueOrThrow({ where: { id: server.id } })).command).toBe("node");
  });

  test("a server saved before the list was set does not start: testing it is refused, and the gateway will not spawn it", async () => {
    const row = await db.upstreamServer.create({
      data: {
        slug: uniqueName("legacy"),
        name: "Legacy",
        transport: "stdio",
        command: "/bin/sh",
        args: ["-c", "id"],
        envKeys: [],
        isEnabled: false,
      },
    });
    const tested = await call<ErrorBody>(savedTest.POST, "POST", `/api/v1/servers/${row.id}/test`, {
      apiKey: admin.secret,
      params: { id: row.id },
    });
    expect(tested.status).toBe(403);
    await expect(
      openUpstreamClient({ transport: "stdio", command: "/bin/sh", args: ["-c", "id"] }, "Legacy", 5000),
    ).rejects.toMatchObject({
      description: { kind: "spawn_failed", message: expect.stringContaining("STDIO_ALLOWED_COMMANDS") },
    });
  });
});
