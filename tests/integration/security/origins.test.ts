// Issue 9, weaker spots: cookie-authenticated writes from http://127.0.0.1:PORT were refused
// although that is the same machine as PUBLIC_URL's localhost; ALLOWED_ORIGINS adds more. And
// DNS rebinding: /api/mcp answered a foreign Origin with 200; it must refuse it with 403.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // PUBLIC_URL is http://localhost:3000 for every integration test (vitest.config.ts).
  process.env.ALLOWED_ORIGINS = "https://ops.example.test";
});

import * as unlock from "@/app/api/v1/users/[id]/unlock/route";
import * as mcp from "@/app/api/mcp/route";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createTestKey, createTestUser, seedRoles, sessionCookieFor } from "../../helpers/fixtures";
import { stopGateway } from "../../helpers/upstream";

let adminCookie: string;
let targetId: string;
let serviceKey: string;
beforeAll(async () => {
  await seedRoles();
  adminCookie = await sessionCookieFor((await createTestUser(["admin"])).id);
  targetId = (await createTestUser(["viewer"])).id;
  serviceKey = (await createTestKey(["service"])).secret;
});
afterAll(stopGateway);

describe("cookie-authenticated writes", () => {
  const write = (origin: string | null, url = `/api/v1/users/${targetId}/unlock`) =>
    call<ErrorBody>(unlock.POST, "POST", url, {
      sessionCookie: adminCookie,
      origin,
      params: { id: targetId },
    });

  test.each([
    "http://localhost:3000",
    "http://127.0.0.1:3000",
    "http://[::1]:3000",
    "https://ops.example.test",
  ])("from %s: accepted", async (origin) => {
    expect((await write(origin)).status).toBe(200);
  });

  test.each([
    null,
    "http://localhost:3001",
    "https://localhost:3000",
    "http://127.0.0.1.evil.example:3000",
    "https://evil.example",
    "null",
  ])("from %j: 403 origin_mismatch", async (origin) => {
    const res = await write(origin);
    expect(res.status).toBe(403);
    expect(res.body.error.details).toMatchObject({ reason: "origin_mismatch" });
  });

  test("an origin that only matches the request's own Host header is refused (DNS rebinding)", async () => {
    const res = await write(
      "http://rebound.example:3000",
      `http://rebound.example:3000/api/v1/users/${targetId}/unlock`,
    );
    expect(res.status).toBe(403);
  });
});

describe("POST /api/mcp and Origin", () => {
  const initialize = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: {
      protocolVersion: "2025-11-25",
      capabilities: {},
      clientInfo: { name: "origin-test", version: "1" },
    },
  };
  const post = (headers: Record<string, string>) =>
    call<ErrorBody>(mcp.POST, "POST", "/api/mcp", {
      apiKey: serviceKey,
      body: initialize,
      headers: { accept: "application/json, text/event-stream", ...headers },
    });

  test("no Origin (agents, MCP clients) and the console's own origins are served", async () => {
    expect((await post({})).status).toBe(200);
    expect((await post({ origin: "http://127.0.0.1:3000" })).status).toBe(200);
  });

  test("a foreign Origin is refused with 403 and audited", async () => {
    const since = await lastAuditId();
    const res = await post({ origin: "http://evil.example.com", host: "evil.example.com" });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toMatchObject({ reason: "origin_not_allowed" });
    const [denied] = await findAuditEvents({ category: "access", action: "authorize", sinceId: since });
    expect(denied).toMatchObject({
      result: "denied",
      details: { reason: "origin_not_allowed", origin: "http://evil.example.com" },
    });
  });

  test("GET and DELETE refuse a foreign Origin too", async () => {
    for (const handler of [mcp.GET, mcp.DELETE]) {
      const res = await call<ErrorBody>(handler, "GET", "/api/mcp", {
        apiKey: serviceKey,
        headers: { origin: "https://evil.example" },
      });
      expect(res.status).toBe(403);
    }
  });
});
