// Issue 9 (weaker spots): search text is text, not a pattern. `q=%` and `q=_` matched every user,
// and a NUL in an audit filter matched every event on SQLite (its LIKE stops at NUL). Wildcards
// are escaped; NUL in a query or body is refused with 400 (PostgreSQL cannot store it either).
import { beforeAll, describe, expect, test } from "vitest";
import * as usersRoute from "@/app/api/v1/users/route";
import * as auditEventsRoute from "@/app/api/v1/audit/events/route";
import * as auditExportCountRoute from "@/app/api/v1/audit/export/count/route";
import { db } from "@/lib/db";
import { recordEvent, auditCommit } from "@/lib/audit/record-event";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, createTestUser, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";

type UsersBody = { users: { email: string; name: string | null }[] };
type EventsBody = { events: { id: number; target: string | null }[] };

let admin: TestKey;
const tag = uniqueName("likes").replace("-", "");
let literal: { email: string };

beforeAll(async () => {
  await seedRoles();
  admin = await createTestKey(["admin"]);
  // Plain users, and one whose e-mail really holds the wildcard characters.
  await createTestUser(["viewer"], { email: `${tag}.plain@example.test` });
  await createTestUser(["viewer"], { email: `${tag}.other@example.test` });
  // E-mail addresses cannot hold "%", names can.
  literal = await createTestUser(["viewer"], { email: `${tag}_x@example.test` });
  await db.user.update({ where: { email: literal.email }, data: { name: "Ann 100% Sure" } });
  for (const target of [`${tag} plain`, `${tag} 100% off`, `${tag} snake_case`]) {
    await recordEvent({
      category: "system",
      action: "liketest",
      result: "success",
      actor: { type: "system" },
      target,
    });
  }
  await auditCommit.flush();
});

function users(q: string) {
  return call<UsersBody & ErrorBody>(
    usersRoute.GET,
    "GET",
    `/api/v1/users?${new URLSearchParams({ q, limit: "100" })}`,
    { apiKey: admin.secret },
  );
}

function events(query: Record<string, string>) {
  return call<EventsBody & ErrorBody>(
    auditEventsRoute.GET,
    "GET",
    `/api/v1/audit/events?${new URLSearchParams({ limit: "200", ...query })}`,
    { apiKey: admin.secret },
  );
}

describe("user search", () => {
  test("% and _ match only themselves", async () => {
    for (const q of ["%", "_", "%%", "_%_"]) {
      const result = await users(q);
      expect(result.status, q).toBe(200);
      expect(
        result.body.users.map((u) => u.email),
        q,
      ).toEqual(q === "%" || q === "_" ? [literal.email] : []);
    }
    expect((await users(`${tag}_x`)).body.users.map((u) => u.email)).toEqual([literal.email]);
    expect((await users("100% s")).body.users.map((u) => u.email)).toEqual([literal.email]);
    expect((await users(`${tag}.`)).body.users).toHaveLength(2);
  });

  test("a NUL is refused with 400", async () => {
    const result = await users("\u0000");
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: "invalid_input", correlationId: expect.any(String) });
  });
});

describe("audit search", () => {
  test("% and _ in free text match only themselves", async () => {
    const targets = async (q: string) =>
      (await events({ q, action: "liketest" })).body.events.map((e) => e.target).sort();
    expect(await targets("%")).toEqual([`${tag} 100% off`]);
    expect(await targets("_")).toEqual([`${tag} snake_case`]);
    expect(await targets(tag)).toHaveLength(3);
  });

  test("a NUL in any filter is refused with 400, in search and in export", async () => {
    const queries: Record<string, string>[] = [
      { q: "\u0000" },
      { q: `${tag}\u0000` },
      { action: "\u0000" },
      { tool: "x\u0000" },
      { correlationId: "\u0000" },
    ];
    for (const query of queries) {
      const result = await events(query);
      expect(result.status, JSON.stringify(query)).toBe(400);
      expect(result.body.error.code).toBe("invalid_input");
    }
    const count = await call<ErrorBody>(
      auditExportCountRoute.GET,
      "GET",
      `/api/v1/audit/export/count?q=%00`,
      { apiKey: admin.secret },
    );
    expect(count.status).toBe(400);
  });
});
