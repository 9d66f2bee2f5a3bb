// UPSTREAM_ALLOWED_HOSTS and UPSTREAM_DENIED_RANGES set: only listed hosts (by name or address)
// are reached, checked before connecting; "none" turns the default denied ranges off.
import { vi } from "vitest";

vi.hoisted(() => {
  process.env.UPSTREAM_ALLOWED_HOSTS = "127.0.0.1, localhost";
  process.env.UPSTREAM_DENIED_RANGES = "none";
});

import { beforeAll, expect, test } from "vitest";
import * as connectionTest from "@/app/api/v1/servers/test/route";
import type { ConnectionTestResult } from "@/lib/servers/test-connection";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { freePort } from "../../helpers/upstream-processes";

let operator: TestKey;

async function kindOf(url: string): Promise<string> {
  const res = await call<ConnectionTestResult>(connectionTest.POST, "POST", "/api/v1/servers/test", {
    apiKey: operator.secret,
    body: { transport: "streamable_http", url },
  });
  return res.body.ok ? "ok" : res.body.error.kind;
}

beforeAll(async () => {
  await seedRoles();
  operator = await createTestKey(["operator"]);
});

test("listed hosts, by address or by name, are connected to", async () => {
  const port = await freePort();
  expect(await kindOf(`http://127.0.0.1:${port}/mcp`)).toBe("refused");
  expect(await kindOf(`http://localhost:${port}/mcp`)).toBe("refused");
});

test("anything else is refused before connecting, even with the default denied ranges off, even a name that does not resolve", async () => {
  const port = await freePort();
  for (const url of [
    `http://127.0.0.2:${port}/mcp`,
    `http://[::1]:${port}/mcp`,
    "http://169.254.169.254/mcp",
    "http://10.0.0.1/mcp",
    "http://no-such-host.invalid/mcp",
  ]) {
    expect(await kindOf(url), url).toBe("blocked");
  }
});
