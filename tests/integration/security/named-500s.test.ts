// Issue 9 (weaker spots): the HTTP 500s the review named, one by one (the fuzz test in this folder
// covers every route with these inputs and more).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as toolsRoute from "@/app/api/v1/tools/route";
import * as usersRoute from "@/app/api/v1/users/route";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { buildRequest, call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { postMcp } from "../../helpers/mcp-gateway";
import { stopGateway } from "../../helpers/upstream";

let viewer: TestKey;
let admin: TestKey;

beforeAll(async () => {
  await seedRoles();
  [viewer, admin] = await Promise.all([createTestKey(["viewer"]), createTestKey(["admin"])]);
});

afterAll(stopGateway);

describe("named 500s", () => {
  test("GET /api/v1/tools?constructor=1 as a viewer: 400 naming the unknown field", async () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const response = await call<ErrorBody>(toolsRoute.GET, "GET", `/api/v1/tools?${name}=1`, {
        apiKey: viewer.secret,
      });
      expect(response.status, name).toBe(400);
      expect(response.body.error).toMatchObject({ code: "invalid_input", correlationId: expect.any(String) });
      expect(Object.getOwnPropertyDescriptor(response.body.error.details?.fields, name)?.value).toEqual([
        "Unknown field",
      ]);
    }
  });

  test("a user name with a lone UTF-16 surrogate: 400", async () => {
    const rawBody = `{"email":"${uniqueName("sur")}@example.test","password":"a-long-enough-password","roles":["viewer"],"name":"Ann \\ud800"}`;
    const response = await call<ErrorBody>(usersRoute.POST, "POST", "/api/v1/users", {
      apiKey: admin.secret,
      rawBody,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "invalid_input",
      details: { reason: "lone_surrogate" },
    });
  });

  test('MCP params {"_meta": null}: -32602 with the request id, not a 500', async () => {
    const response = await postMcp<{
      jsonrpc: string;
      id: number;
      error?: { code: number };
      result?: unknown;
    }>({
      apiKey: admin.secret,
      body: { jsonrpc: "2.0", id: 7, method: "tools/list", params: { _meta: null } },
    });
    expect(response.status).toBeLessThan(500);
    expect(response.body).toMatchObject({ jsonrpc: "2.0", id: 7, error: { code: -32602 } });
  });

  test("a malformed callback-url cookie on /api/auth/session: 400, and the cookie is cleared", async () => {
    const req = buildRequest("GET", "/api/auth/session", {
      headers: { cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3300.evil.example%2F" },
    });
    const response = await nextAuthRoute.GET(req, { params: Promise.resolve({ nextauth: ["session"] }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.code).toBe("invalid_input");
    expect(response.headers.get("set-cookie")).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
  });
});
