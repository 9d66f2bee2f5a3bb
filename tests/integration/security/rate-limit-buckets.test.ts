// Issue 9 (weaker spots): rate limiting ran before tool resolution, so every random tool name a
// key sent created a key+tool bucket of its own (memory or Redis keys without bound). Now the
// name is resolved in the catalog first: unknown names count against the key's bucket only, and
// still get the not-found error.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  delete process.env.REDIS_URL;
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import { randomUUID } from "node:crypto";
import { createRole } from "@/lib/roles/create-role";
import { getWindowLimiter } from "@/lib/gateway/rate-limit/window-limiters";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { postMcp, registerUpstream, type JsonRpcErrorBody } from "../../helpers/mcp-gateway";
import { everythingStdio, stopGateway } from "../../helpers/upstream";
import { gatewayCallRows } from "../../helpers/mcp-gateway";

let agent: TestKey;
let slug = "";

/** The per-minute window of a key+tool bucket (the 10,000/min limit set above). */
async function hasToolBucket(keyId: string, name: string): Promise<boolean> {
  return (await getWindowLimiter(10_000, 60).get(`t:${keyId}:${name}`)) !== null;
}

function callTool(name: string, id: number) {
  return postMcp<JsonRpcErrorBody & { result?: unknown }>({
    apiKey: agent.secret,
    body: { jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: { message: "hi" } } },
  });
}

beforeAll(async () => {
  await seedRoles();
  await createRole(
    {
      name: "bucket_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [{ pattern: "*/*", effect: "allow" }],
    },
    { principal: null, actor: { type: "system" } },
  );
  agent = await createTestKey(["bucket_agent"]);
  slug = uniqueName("rl");
  await registerUpstream({ slug, name: "Rate limit target", ...everythingStdio() });
});

afterAll(stopGateway);

describe("rate limit buckets", () => {
  test("random tool names get the not-found error and create no key+tool bucket; the key's bucket still counts them", async () => {
    const names = Array.from({ length: 25 }, () => `${slug}__${randomUUID()}`);
    let lastRemaining = Infinity;
    for (const [i, name] of names.entries()) {
      const response = await callTool(name, i + 1);
      expect(response.body.error).toMatchObject({ code: -32602, message: `Unknown tool: ${name}` });
      const remaining = Number(response.headers.get("x-ratelimit-remaining"));
      expect(remaining).toBeLessThan(lastRemaining);
      lastRemaining = remaining;
    }
    for (const name of names) expect(await hasToolBucket(agent.key.id, name), name).toBe(false);
    const rows = await gatewayCallRows({ actorId: agent.key.id });
    expect(rows.filter((row) => row.details.outcome === "not_found")).toHaveLength(names.length);
  });

  test("a registered tool has its own bucket", async () => {
    const name = `${slug}__echo`;
    const response = await callTool(name, 100);
    expect(response.status).toBe(200);
    expect(response.body.error).toBeUndefined();
    expect(await hasToolBucket(agent.key.id, name)).toBe(true);
  });
});
