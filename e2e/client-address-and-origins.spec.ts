import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";

// Against the real server (scripts/server.mjs in front of the production build): what only the
// whole stack can show. The stored client address is the socket peer, never X-Forwarded-For;
// the loopback alias of PUBLIC_URL may write; /api/mcp refuses a foreign Origin; built assets
// carry the security headers. HTTP only (no browser): signs in as the sign-in form posts.
async function signInOver(request: APIRequestContext, baseURL: string): Promise<void> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: ADMIN.email, password: ADMIN.password, callbackUrl: baseURL, json: "true" },
    headers: { Origin: baseURL },
  });
  expect(res.ok(), await res.text()).toBe(true);
  expect((await (await request.get("/api/v1/me")).json()).email).toBe(ADMIN.email);
}

test("client addresses, origins and headers hold on the real server", async ({ request, baseURL }) => {
  await signInOver(request, baseURL!);
  const { port } = new URL(baseURL!);

  await test.step("a claimed X-Forwarded-For is not the stored address", async () => {
    const correlationId = `e2e-xff-${Date.now().toString(36)}`;
    const res = await request.get("/api/v1/me", {
      headers: {
        Authorization: "Bearer ghk_not-a-key",
        "X-Forwarded-For": "6.6.6.6",
        "X-Correlation-Id": correlationId,
      },
    });
    expect(res.status()).toBe(401);
    const found: { events: { ip: string | null }[] } = await (
      await request.get(`/api/v1/audit/events?correlationId=${correlationId}`)
    ).json();
    expect(found.events.map((e) => e.ip)).toEqual(["127.0.0.1"]);
  });

  let secret = "";
  await test.step("a write from the loopback alias http://localhost:PORT is accepted", async () => {
    const res = await request.post("/api/v1/keys", {
      data: { name: `origin-alias-${Date.now().toString(36)}`, roles: ["service"] },
      headers: { Origin: `http://localhost:${port}` },
    });
    expect(res.status()).toBe(201);
    secret = (await res.json()).secret;
  });

  await test.step("/api/mcp refuses a foreign Origin and serves a request without one", async () => {
    const initialize = {
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "e2e", version: "1" } },
    };
    const headers = { Authorization: `Bearer ${secret}`, Accept: "application/json, text/event-stream" };
    const foreign = await request.post("/api/mcp", {
      data: initialize,
      headers: { ...headers, Origin: "http://evil.example.com" },
    });
    expect(foreign.status()).toBe(403);
    const agent = await request.post("/api/mcp", { data: initialize, headers });
    expect(agent.status()).toBe(200);
  });

  await test.step("built assets under /_next/static carry the security headers", async () => {
    const html = await (await request.get("/sign-in")).text();
    const src = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    const asset = await request.get(src!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
  });
});
