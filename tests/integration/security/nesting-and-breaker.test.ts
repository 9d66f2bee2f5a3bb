// Issue 9, item 7: one request must not open the circuit for everyone. Arguments nested 10,000
// levels used to make the gateway's own JSON.stringify throw; that counted as an upstream failure,
// was retried, and two such requests opened the breaker for all clients. Now nesting is refused
// first (-32602, REST: 400), and an error raised on our side never counts against an upstream.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CallToolResultSchema } from "@modelcontextprotocol/sdk/types.js";
import * as usersRoute from "@/app/api/v1/users/route";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { describeForwardFailure, forwardUpstream } from "@/lib/gateway/forward-upstream";
import { MAX_JSON_DEPTH } from "@/lib/api/find-json-problem";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { connectGateway, postMcp, registerUpstream, textOf, waitFor } from "../../helpers/mcp-gateway";
import { childProcesses, createFaultFiles, FAULT_SERVER_STDIO } from "../../helpers/upstream-processes";

const SLUG = "nesting";
let agent: TestKey;
let admin: TestKey;
let client: Client;
let serverId = "";
let files: ReturnType<typeof createFaultFiles>;

function nestedText(levels: number): string {
  return "[".repeat(levels) + "]".repeat(levels);
}

async function breaker() {
  const entry = (await getGatewayRuntime()).servers.get(serverId);
  if (!entry) throw new Error("the server is not in the runtime");
  return entry.policies.snapshot().breaker;
}

beforeAll(async () => {
  await seedRoles();
  await createRole(
    {
      name: "nesting_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [{ pattern: "*/*", effect: "allow" }],
    },
    { principal: null, actor: { type: "system" } },
  );
  [agent, admin] = await Promise.all([createTestKey(["nesting_agent"]), createTestKey(["admin"])]);
  files = createFaultFiles();
  // Two failures would open it: the threshold the attack needed.
  const server = await registerUpstream({
    slug: SLUG,
    name: "Nesting target",
    transport: "stdio",
    ...FAULT_SERVER_STDIO,
    env: files.env,
    breakerFailureThreshold: 2,
    breakerHalfOpenAfterMs: 60_000,
  });
  serverId = server.id;
  client = await connectGateway(agent.secret);
});

afterAll(async () => {
  await client?.close();
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "every stdio child to exit" });
});

describe("MCP arguments nested 10,000 levels", () => {
  test("two such calls get -32602, reach no upstream, leave the breaker closed; the next call succeeds", async () => {
    for (const [id, tool] of [
      [1, "peek"],
      [2, "record"],
    ] as const) {
      const rawBody = `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"${SLUG}__${tool}","arguments":{"deep":${nestedText(10_000)}}}}`;
      const response = await postMcp({ apiKey: agent.secret, rawBody });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        jsonrpc: "2.0",
        id,
        error: { code: -32602, data: { maxDepth: MAX_JSON_DEPTH } },
      });
      expect(response.body.error.message).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    }
    expect(files.calls()).toEqual([]);
    expect(await breaker()).toMatchObject({ state: "closed", consecutiveFailures: 0 });

    const result = await client.callTool({ name: `${SLUG}__record`, arguments: { note: "after the bombs" } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain("after the bombs");
  });

  test("nesting within the limit is passed on", async () => {
    let nested: unknown = "bottom";
    // The message itself is 4 levels (message, params, arguments, "v"), so this sits exactly at the limit.
    for (let i = 0; i < MAX_JSON_DEPTH - 4; i++) nested = [nested];
    const result = await client.callTool({ name: `${SLUG}__record`, arguments: { v: nested } });
    expect(result.isError).toBeFalsy();
  });
});

describe("REST bodies", () => {
  test("a body nested deeper than the limit is 400 invalid_input, before validation", async () => {
    const response = await call<ErrorBody>(usersRoute.POST, "POST", "/api/v1/users", {
      apiKey: admin.secret,
      rawBody: `{"email":"x@example.test","roles":${nestedText(10_000)}}`,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: "invalid_input",
      details: { maxDepth: MAX_JSON_DEPTH },
    });
    expect(response.body.error.correlationId).toEqual(expect.any(String));
  });
});

describe("errors raised on our side", () => {
  test("an error thrown locally before sending is not counted against the upstream nor retried", async () => {
    const entry = (await getGatewayRuntime()).servers.get(serverId)!;
    // Built here, past the endpoint's check: the SDK's JSON.stringify throws before the wire.
    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 20_000; i++) cursor = (cursor[0] = []) as unknown[];
    const before = files.calls().length;
    for (let i = 0; i < 3; i++) {
      const error = await forwardUpstream(
        entry,
        (upstream, signal) =>
          upstream.callTool({ name: "pid", arguments: { deep } }, CallToolResultSchema, { signal }),
        { timeoutMs: 5000, signal: new AbortController().signal, isIdempotent: true },
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RangeError);
      expect(describeForwardFailure(error, `${SLUG}__pid`, entry)).toMatchObject({
        outcome: "internal_error",
        error: { code: -32603 },
      });
    }
    expect(files.calls().length).toBe(before);
    expect(await breaker()).toMatchObject({ state: "closed", consecutiveFailures: 0 });
    expect(Number(textOf(await client.callTool({ name: `${SLUG}__pid`, arguments: {} })))).toBeGreaterThan(0);
  });
});
