// Every API key belongs to a user (issue 9, item 8). A key minted by a key belongs to the
// minting key's owner, so disabling the person at the root of a chain stops every key in it at
// once, minting included. Before this, keys minted by keys had no owner and outlived theirs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { announceChange } from "@/lib/cache/change-feed";
import { createRole } from "@/lib/roles/create-role";
import { createApiKeyCommand } from "@/cli/create-api-key-command";
import * as me from "@/app/api/v1/me/route";
import * as keys from "@/app/api/v1/keys/route";
import * as userById from "@/app/api/v1/users/[id]/route";
import { call, type ErrorBody } from "../../helpers/http";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
  type TestUser,
} from "../../helpers/fixtures";
import { rememberSecret } from "../../helpers/secrets";

type Created = { key: { id: string; owner: string | null }; secret: string };

let firstAdmin: TestUser;
let adminKey: TestKey;

beforeAll(async () => {
  await seedRoles();
  // The earliest admin: the CLI's and the migration's default owner.
  firstAdmin = await createTestUser(["admin"]);
  adminKey = await createTestKey(["admin"], { ownerEmail: firstAdmin.email });
  // Lets keys mint keys of their own kind: key management, nothing else.
  await createRole(
    { name: "minter", capabilities: ["keys:read", "keys:write"] },
    { principal: null, actor: { type: "system" } },
  );
});

function meWith(apiKey: string) {
  return call<ErrorBody & { id: string }>(me.GET, "GET", "/api/v1/me", { apiKey });
}

async function mint(credentials: { apiKey?: string; sessionCookie?: string }, name: string) {
  const res = await call<Created & ErrorBody>(keys.POST, "POST", "/api/v1/keys", {
    ...credentials,
    body: { name, roles: ["minter"] },
  });
  if (res.status === 201) rememberSecret(res.body.secret);
  return res;
}

describe("a chain of keys minted by keys", () => {
  test("belongs to the user at its root, and stops as a whole when that user is disabled", async () => {
    const user = await createTestUser(["minter"]);
    const k1 = await mint({ sessionCookie: await sessionCookieFor(user.id) }, "k1");
    expect(k1.status).toBe(201);
    const k2 = await mint({ apiKey: k1.body.secret }, "k2");
    expect(k2.status).toBe(201);
    const k3 = await mint({ apiKey: k2.body.secret }, "k3");
    expect(k3.status).toBe(201);
    for (const created of [k1, k2, k3]) {
      expect(created.body.key.owner).toBe(user.email);
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.body.key.id } })).ownerId).toBe(
        user.id,
      );
      expect((await meWith(created.body.secret)).status).toBe(200); // now cached
    }
    const listed = await call<{ keys: { id: string; owner: string | null }[] }>(
      keys.GET,
      "GET",
      "/api/v1/keys",
      { apiKey: adminKey.secret },
    );
    expect(listed.body.keys.find((k) => k.id === k3.body.key.id)?.owner).toBe(user.email);

    const disabled = await call(userById.PATCH, "PATCH", `/api/v1/users/${user.id}`, {
      apiKey: adminKey.secret,
      params: { id: user.id },
      body: { isDisabled: true },
    });
    expect(disabled.status).toBe(200);
    for (const created of [k1, k2, k3]) {
      const res = await meWith(created.body.secret);
      expect(res.status).toBe(401);
      expect(res.body.error.details).toEqual({ reason: "owner_disabled" });
    }
    const minted = await mint({ apiKey: k1.body.secret }, "k4");
    expect(minted.status).toBe(401);
    expect(await db.apiKey.count({ where: { name: "k4" } })).toBe(0);
  });
});

describe("keys created without a principal (CLI)", () => {
  test("belong to the earliest enabled admin by default; --owner names another user", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await createApiKeyCommand.run({ name: uniqueName("agent"), role: ["service"] })).toBe(0);
    const operator = await createTestUser(["operator"]);
    expect(
      await createApiKeyCommand.run({
        name: uniqueName("ops"),
        role: ["service"],
        owner: operator.email.toUpperCase(),
      }),
    ).toBe(0);

    // stdout carries the secret and nothing else: scripts capture it.
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^ghk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const [byDefault, named] = await Promise.all(
      lines.map((secret) => db.apiKey.findUniqueOrThrow({ where: { prefix: secret.slice(4, 16) } })),
    );
    expect(byDefault.ownerId).toBe(firstAdmin.id);
    expect(named.ownerId).toBe(operator.id);
    for (const line of lines) expect((await meWith(rememberSecret(line))).status).toBe(200);
  });

  test("an unknown or disabled --owner is refused", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(
      createApiKeyCommand.run({ name: "x", role: ["service"], owner: "nobody@example.test" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const gone = await createTestUser(["viewer"]);
    await db.user.update({ where: { id: gone.id }, data: { isDisabled: true } });
    await expect(
      createApiKeyCommand.run({ name: "x", role: ["service"], owner: gone.email }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("a key without an owner", () => {
  test("is refused (401 no_owner), e.g. after its owner was deleted", async () => {
    const owner = await createTestUser(["viewer"]);
    const key = await createTestKey(["viewer"], { ownerEmail: owner.email });
    expect((await meWith(key.secret)).status).toBe(200);
    await db.user.delete({ where: { id: owner.id } });
    await announceChange(); // no route deletes users; this stands in for the one that would
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.key.id } })).ownerId).toBeNull();
    const res = await meWith(key.secret);
    expect(res.status).toBe(401);
    expect(res.body.error.details).toEqual({ reason: "no_owner" });
  });

  test("the migration gives ownerless keys to the earliest enabled admin", async () => {
    const orphan = await createTestKey(["viewer"]);
    await db.apiKey.update({ where: { id: orphan.key.id }, data: { ownerId: null } });
    const provider = env.isPostgres ? "postgresql" : "sqlite";
    const sql = readFileSync(
      path.join("prisma/migrations", provider, "20261202074716_key_owners_and_user_sessions/migration.sql"),
      "utf8",
    );
    const backfill = sql.slice(sql.indexOf('UPDATE "ApiKey"'));
    expect(backfill).toMatch(/WHERE "createdById" IS NULL;\s*$/);
    await db.$executeRawUnsafe(backfill.trim().replace(/;$/, ""));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: orphan.key.id } })).ownerId).toBe(firstAdmin.id);
    // Keys that had an owner keep theirs.
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: adminKey.key.id } })).ownerId).toBe(
      firstAdmin.id,
    );
  });
});
