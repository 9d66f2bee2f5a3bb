// The console's "why": POST /api/v1/access/explain answers with the same decide() the API and
// gateway use, so its answer must match what the principal actually gets.
import { beforeAll, expect, test } from "vitest";
import * as explain from "@/app/api/v1/access/explain/route";
import * as roles from "@/app/api/v1/roles/route";
import * as users from "@/app/api/v1/users/route";
import { call, type ErrorBody } from "../helpers/http";
import { createTestKey, createTestUser, seedRoles, uniqueName, type TestKey } from "../helpers/fixtures";

type Explanation = {
  explanation: {
    allowed: boolean;
    reason: string;
    rule?: { pattern: string; effect: string; role: string };
    principal: { type: string; id: string; roles: string[] };
  };
};

let adminKey: TestKey;

beforeAll(async () => {
  await seedRoles();
  await createTestUser(["admin"]);
  adminKey = await createTestKey(["admin"]);
});

function ask(body: unknown) {
  return call<Explanation & ErrorBody>(explain.POST, "POST", "/api/v1/access/explain", {
    apiKey: adminKey.secret,
    body,
  });
}

test("a capability: the explanation matches what the key gets from the API", async () => {
  const viewer = await createTestKey(["viewer"]);
  const res = await ask({
    principal: { type: "api_key", id: viewer.key.id },
    action: { capability: "users:read" },
  });
  expect(res.status).toBe(200);
  expect(res.body.explanation).toMatchObject({
    allowed: false,
    principal: { type: "api_key", id: viewer.key.id, roles: ["viewer"] },
  });
  expect(res.body.explanation.reason).toContain("users:read");
  expect((await call(users.GET, "GET", "/api/v1/users", { apiKey: viewer.secret })).status).toBe(403);

  const granted = await ask({
    principal: { type: "api_key", id: viewer.key.id },
    action: { capability: "servers:read" },
  });
  expect(granted.body.explanation).toMatchObject({
    allowed: true,
    reason: "role viewer grants servers:read",
  });
});

test("a tool: deny wins and the deciding rule is named, through inheritance", async () => {
  const parent = uniqueName("agents").replace("-", "_");
  const child = uniqueName("careful").replace("-", "_");
  const create = (body: unknown) =>
    call(roles.POST, "POST", "/api/v1/roles", { apiKey: adminKey.secret, body });
  expect(
    (
      await create({
        name: parent,
        capabilities: ["mcp:connect"],
        toolGrants: [{ pattern: "everything/*", effect: "allow" }],
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await create({
        name: child,
        inherits: parent,
        toolGrants: [{ pattern: "everything/delete_*", effect: "deny" }],
      })
    ).status,
  ).toBe(201);
  const user = await createTestUser([child]);

  const allowed = await ask({
    principal: { type: "user", id: user.id },
    action: { tool: "everything/echo" },
  });
  expect(allowed.body.explanation).toMatchObject({
    allowed: true,
    rule: { pattern: "everything/*", effect: "allow", role: parent },
  });
  const denied = await ask({
    principal: { type: "user", id: user.id },
    action: { tool: "everything/delete_all" },
  });
  expect(denied.body.explanation).toMatchObject({
    allowed: false,
    rule: { pattern: "everything/delete_*", effect: "deny", role: child },
  });
  const nothing = await ask({ principal: { type: "user", id: user.id }, action: { tool: "github/search" } });
  expect(nothing.body.explanation.allowed).toBe(false);
  expect(nothing.body.explanation.rule).toBeUndefined();
});

test("an unknown principal is 404; a malformed action is 400", async () => {
  expect(
    (await ask({ principal: { type: "user", id: "nobody" }, action: { capability: "users:read" } })).status,
  ).toBe(404);
  const bad = await ask({ principal: { type: "user", id: "x" }, action: { capability: "users:destroy" } });
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe("invalid_input");
});
