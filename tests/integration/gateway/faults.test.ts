// Upstreams that misbehave, through the governed endpoint: the fault server
// (tests/fixtures/fault-server.ts, a real stdio child per registered server) crashes mid-call,
// answers slowly, hangs, returns garbage or an error result, and counts the calls it gets, so a
// test can prove what never reached it. Each case checks the JSON-RPC error and the audit row.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // Many calls per key in a few seconds: the default 10-call burst would refuse them.
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode, type McpError } from "@modelcontextprotocol/sdk/types.js";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as toolById from "@/app/api/v1/tools/[id]/route";
import { db } from "@/lib/db";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import type { ServerView } from "@/lib/servers/server-view";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../../helpers/fixtures";
import { auditRowsContaining, lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  registerUpstream,
  rpcError,
  textOf,
  waitFor,
} from "../../helpers/mcp-gateway";
import {
  childProcesses,
  createFaultFiles,
  FAULT_SERVER_STDIO,
  isAlive,
} from "../../helpers/upstream-processes";

const UPSTREAM_UNAVAILABLE = -32002;

let agentKey: TestKey;
let adminKey: TestKey;
let client: Client;
const pids = new Set<number>();

type FaultUpstream = { server: ServerView; files: ReturnType<typeof createFaultFiles> };

async function registerFaultServer(
  slug: string,
  policy: Record<string, number> = {},
): Promise<FaultUpstream> {
  const files = createFaultFiles();
  const server = await registerUpstream({
    slug,
    name: `Fault server ${slug}`,
    transport: "stdio",
    ...FAULT_SERVER_STDIO,
    env: files.env,
    ...policy,
  });
  return { server, files };
}

async function pidOf(slug: string): Promise<number> {
  const pid = Number(textOf(await client.callTool({ name: `${slug}__pid`, arguments: {} })));
  pids.add(pid);
  return pid;
}

function getServer(id: string) {
  return call<{ server: ServerView }>(serverById.GET, "GET", `/api/v1/servers/${id}`, {
    apiKey: adminKey.secret,
    params: { id },
  });
}

let faults: FaultUpstream;
let slowpoke: FaultUpstream;
let jammed: FaultUpstream;
let brittle: FaultUpstream;

beforeAll(async () => {
  await seedRoles();
  await createRole(
    { name: "fault_agent", capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
    { principal: null, actor: { type: "system" } },
  );
  [agentKey, adminKey] = await Promise.all([createTestKey(["fault_agent"]), createTestKey(["admin"])]);
  [faults, slowpoke, jammed, brittle] = await Promise.all([
    // Many failures in a row on purpose here; the breaker has its own server ("brittle").
    registerFaultServer("faults", { timeoutMs: 20_000, breakerFailureThreshold: 100 }),
    // Its 300 ms timeout is set once its tools are known (discovery runs under the same timeout).
    registerFaultServer("slowpoke"),
    registerFaultServer("jammed", { maxConcurrent: 2, maxQueue: 3, timeoutMs: 1500 }),
    registerFaultServer("brittle", {
      breakerFailureThreshold: 5,
      breakerHalfOpenAfterMs: 1000,
      breakerSuccessThreshold: 2,
    }),
  ]);
  client = await connectGateway(agentKey.secret);
});

afterAll(async () => {
  await client?.close();
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "every stdio child to exit" });
  expect([...pids].filter(isAlive)).toEqual([]);
});

describe("arguments", () => {
  test("invalid arguments: -32602 with the failing fields, audited as invalid, and the upstream is never called", async () => {
    const since = await lastAuditId();
    const error = await rpcError(
      client.callTool({ name: "faults__strict", arguments: { count: 0, mode: "c", extra: true } }),
    );
    expect(error.code).toBe(ErrorCode.InvalidParams);
    expect(error.message).toContain("Invalid arguments for faults__strict");
    expect(error.data).toEqual({
      issues: expect.arrayContaining([
        { path: "/count", message: "must be >= 1" },
        { path: "/mode", message: "must be equal to one of the allowed values" },
        { path: "/", message: "must NOT have additional properties" },
      ]),
    });

    const missing = await rpcError(client.callTool({ name: "faults__strict", arguments: {} }));
    expect(missing.data).toEqual({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: "/count" }),
        expect.objectContaining({ path: "/mode" }),
      ]),
    });
    expect(faults.files.calls().filter((c) => c.tool === "strict")).toEqual([]);

    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows.map((r) => [r.tool, r.result, r.details.outcome])).toEqual([
      ["faults/strict", "failure", "invalid"],
      ["faults/strict", "failure", "invalid"],
    ]);
    expect(rows[0].arguments).toEqual({ count: 0, mode: "c", extra: true });
    expect(rows[0].details.error).toContain("/count");

    // A valid call does reach it, exactly once.
    expect(
      textOf(await client.callTool({ name: "faults__strict", arguments: { count: 2, mode: "a" } })),
    ).toBe('{"count":2,"mode":"a"}');
    expect(faults.files.calls().filter((c) => c.tool === "strict")).toHaveLength(1);
  });

  test("values under secret-looking keys are [redacted] in the audit row, and reach the upstream unchanged", async () => {
    const args = {
      user: "ann",
      password: "hunter2-pw",
      apiKey: "ak-live-4711",
      token: "tok-0815",
      api_key: "ak-2",
      nested: { client_secret: "cs-42", authorization: "Bearer zzz-9", note: "kept" },
      list: [{ sessionToken: "st-1" }],
    };
    const since = await lastAuditId();
    const result = await client.callTool({ name: "faults__record", arguments: args });
    expect(JSON.parse(textOf(result))).toEqual(args);

    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row.arguments).toEqual({
      user: "ann",
      password: "[redacted]",
      apiKey: "[redacted]",
      token: "[redacted]",
      api_key: "[redacted]",
      nested: { client_secret: "[redacted]", authorization: "[redacted]", note: "kept" },
      list: [{ sessionToken: "[redacted]" }],
    });
    for (const secret of ["hunter2-pw", "ak-live-4711", "tok-0815", "ak-2", "cs-42", "zzz-9", "st-1"]) {
      expect(await auditRowsContaining(secret)).toEqual([]);
    }
  });
});

describe("upstream faults", () => {
  test("killed mid-call: -32002 saying so (not a timeout), the breaker counts it, the child is restarted, audited", async () => {
    const before = await pidOf("faults");
    const since = await lastAuditId();
    const error = await rpcError(client.callTool({ name: "faults__crash", arguments: {} }));
    expect(error.code).toBe(UPSTREAM_UNAVAILABLE);
    expect(error.message).toContain("closed the connection during the call");

    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "faults/crash",
      result: "error",
      serverId: faults.server.id,
      details: { outcome: "upstream_error" },
    });
    expect(row.details.error).toContain("closed the connection during the call");
    expect((await getServer(faults.server.id)).body.server.policies?.breaker).toMatchObject({
      state: "closed",
      consecutiveFailures: 1,
    });

    // The next call starts a new child, and works.
    const after = await pidOf("faults");
    expect(after).not.toBe(before);
    expect(isAlive(before)).toBe(false);
    expect(faults.files.calls().filter((c) => c.tool === "crash")).toEqual([
      { tool: "crash", arguments: {}, pid: before },
    ]);
  });

  test("slow upstream: -32002 at the server's timeout, audited as timeout; a per-tool timeout overrides it", async () => {
    const id = slowpoke.server.id;
    expect(
      (
        await call(serverById.PATCH, "PATCH", `/api/v1/servers/${id}`, {
          apiKey: adminKey.secret,
          params: { id },
          body: { timeoutMs: 300 },
        })
      ).status,
    ).toBe(200);
    await waitFor(async () => (await getGatewayRuntime()).servers.get(id)?.config.policy.timeoutMs === 300, {
      what: "the new timeout to apply",
    });
    const since = await lastAuditId();
    const error = await rpcError(client.callTool({ name: "slowpoke__slow", arguments: { ms: 5000 } }));
    expect(error.code).toBe(UPSTREAM_UNAVAILABLE);
    expect(error.message).toContain("did not answer within 300 ms");
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "slowpoke/slow",
      result: "error",
      details: { outcome: "timeout" },
      arguments: { ms: 5000 },
    });

    expect(textOf(await client.callTool({ name: "slowpoke__slow", arguments: { ms: 10 } }))).toBe(
      "slept 10 ms",
    );
    const tool = await db.tool.findFirstOrThrow({ where: { serverId: slowpoke.server.id, name: "slow" } });
    const patched = await call(toolById.PATCH, "PATCH", `/api/v1/tools/${tool.id}`, {
      apiKey: adminKey.secret,
      params: { id: tool.id },
      body: { timeoutMs: 5000 },
    });
    expect(patched.status).toBe(200);
    await waitFor(
      async () => (await getGatewayRuntime()).catalog.tools.get("slowpoke__slow")?.timeoutMs === 5000,
      { what: "the tool timeout to apply" },
    );
    expect(textOf(await client.callTool({ name: "slowpoke__slow", arguments: { ms: 600 } }))).toBe(
      "slept 600 ms",
    );
  });

  test("hung upstream: beyond 2 running and 3 queued, calls are refused at once as overloaded; the rest time out", async () => {
    const since = await lastAuditId();
    const settled: { index: number; error: McpError }[] = [];
    const calls = Array.from({ length: 9 }, (_, index) =>
      rpcError(client.callTool({ name: "jammed__hang", arguments: {} })).then((error) =>
        settled.push({ index, error }),
      ),
    );

    // While they wait, the API shows the bulkhead full.
    await waitFor(
      async () => (await getServer(jammed.server.id)).body.server.policies?.bulkhead.queued === 3,
      { what: "the queue to fill" },
    );
    expect((await getServer(jammed.server.id)).body.server.policies?.bulkhead).toEqual({
      active: 2,
      queued: 3,
      maxConcurrent: 2,
      maxQueue: 3,
    });
    // Only the two running calls have reached the upstream.
    await waitFor(() => jammed.files.calls().length === 2, { what: "the two running calls to arrive" });
    await Promise.all(calls);

    const overloaded = settled.filter((s) => s.error.message.includes("overloaded"));
    expect(overloaded).toHaveLength(4);
    for (const { error } of overloaded) {
      expect(error.code).toBe(UPSTREAM_UNAVAILABLE);
      expect(error.data).toEqual({ retryAfterSeconds: 1 });
    }
    // Refused at once: every refusal settled before the first admitted call timed out.
    expect(settled.slice(0, 4).map((s) => s.error.message)).toEqual(overloaded.map((s) => s.error.message));
    const timedOut = settled.slice(4);
    expect(
      timedOut.every(
        (s) =>
          s.error.code === UPSTREAM_UNAVAILABLE && s.error.message.includes("did not answer within 1500 ms"),
      ),
    ).toBe(true);

    const rows = await gatewayCallRows({ sinceId: since });
    expect(
      rows
        .filter((r) => r.tool === "jammed/hang")
        .map((r) => r.details.outcome)
        .sort(),
    ).toEqual([
      "overloaded",
      "overloaded",
      "overloaded",
      "overloaded",
      "timeout",
      "timeout",
      "timeout",
      "timeout",
      "timeout",
    ]);
    // The refused calls never reached it. (A queued call whose turn comes in the instant between
    // the running calls' timeout and its own may still be sent: at most the 5 admitted ones.)
    expect(jammed.files.calls().length).toBeLessThanOrEqual(5);
  });

  test("the breaker opens after 5 consecutive failures: circuit_open with retryAfterSeconds, then half-open, then closed", async () => {
    const since = await lastAuditId();
    for (let i = 0; i < 5; i++) {
      expect((await rpcError(client.callTool({ name: "brittle__garbage", arguments: {} }))).code).toBe(
        UPSTREAM_UNAVAILABLE,
      );
    }
    const open = await rpcError(client.callTool({ name: "brittle__pid", arguments: {} }));
    expect(open.code).toBe(UPSTREAM_UNAVAILABLE);
    expect(open.message).toContain("circuit open");
    expect(open.data).toEqual({ retryAfterSeconds: 1 });
    const view = (await getServer(brittle.server.id)).body.server;
    expect(view.policies?.breaker).toMatchObject({
      state: "open",
      consecutiveFailures: 5,
      halfOpenAt: expect.any(String),
    });

    const rows = await gatewayCallRows({ sinceId: since });
    expect(rows.map((r) => r.details.outcome)).toEqual([
      "upstream_error",
      "upstream_error",
      "upstream_error",
      "upstream_error",
      "upstream_error",
      "circuit_open",
    ]);
    expect(rows[5]).toMatchObject({ tool: "brittle/pid", result: "error" });
    // While open, nothing reached the upstream.
    expect(brittle.files.calls().map((c) => c.tool)).toEqual([
      "garbage",
      "garbage",
      "garbage",
      "garbage",
      "garbage",
    ]);

    // After halfOpenAfterMs (1 s here), trial calls go through; 2 successes close it again.
    await waitFor(
      async () => (await getServer(brittle.server.id)).body.server.policies?.breaker.state === "half_open",
      { what: "half-open" },
    );
    await pidOf("brittle");
    await pidOf("brittle");
    expect((await getServer(brittle.server.id)).body.server.policies?.breaker).toMatchObject({
      state: "closed",
      consecutiveFailures: 0,
    });
  });

  test("a garbage result is passed on as an error that says so, and the gateway serves the next call", async () => {
    const since = await lastAuditId();
    const error = await rpcError(client.callTool({ name: "faults__garbage", arguments: {} }));
    expect(error.code).toBe(UPSTREAM_UNAVAILABLE);
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "faults/garbage",
      result: "error",
      details: { outcome: "upstream_error" },
    });

    const pid = await pidOf("faults");
    expect(isAlive(pid)).toBe(true);
    expect(textOf(await client.callTool({ name: "faults__record", arguments: { after: "garbage" } }))).toBe(
      '{"after":"garbage"}',
    );

    // A sentence naming the tool and what was wrong, not the validator's raw issue list.
    expect(error.message).toContain("faults__garbage");
    expect(error.message).toMatch(/invalid result|not a valid/i);
    expect(error.message).not.toContain('"code": "invalid_type"');
  });

  test("a JSON-RPC error from the upstream is passed on with its code, message and data", async () => {
    const since = await lastAuditId();
    const error = await rpcError(client.callTool({ name: "faults__refuse", arguments: {} }));
    expect({ code: error.code, message: error.message, data: error.data }).toEqual({
      code: -32010,
      message: "MCP error -32010: the upstream refuses this call",
      data: { why: "on purpose" },
    });
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "faults/refuse",
      result: "error",
      details: { outcome: "upstream_error", error: "the upstream refuses this call" },
    });
  });

  test("retries only where safe: a read-only tool is tried again (twice), any other never", async () => {
    const calls = () =>
      faults.files
        .calls()
        .map((c) => c.tool)
        .filter((t) => t === "garbage" || t === "peek" || t === "refuse");
    const before = calls().length;
    await rpcError(client.callTool({ name: "faults__garbage", arguments: {} }));
    await rpcError(client.callTool({ name: "faults__refuse", arguments: {} }));
    expect(calls().slice(before)).toEqual(["garbage", "refuse"]);
    await rpcError(client.callTool({ name: "faults__peek", arguments: {} }));
    expect(calls().slice(before)).toEqual(["garbage", "refuse", "peek", "peek", "peek"]);
    await pidOf("faults");
  });

  test("a call the client cancels is cancelled upstream too, and audited as cancelled by the client", async () => {
    const since = await lastAuditId();
    const controller = new AbortController();
    const pending = client
      .callTool({ name: "faults__hang", arguments: {} }, undefined, { signal: controller.signal })
      .then(
        () => null,
        (error: unknown) => error,
      );
    await waitFor(() => faults.files.calls().some((c) => c.tool === "hang"), { what: "the call to arrive" });
    controller.abort(new Error("the agent gave up"));
    expect(String(await pending)).toContain("the agent gave up");

    await waitFor(() => faults.files.cancelled().includes("hang"), {
      what: "the upstream to see the cancellation",
    });
    await waitFor(async () => (await gatewayCallRows({ sinceId: since, tool: "faults/hang" })).length === 1, {
      what: "the audit row",
    });
    const [row] = await gatewayCallRows({ sinceId: since, tool: "faults/hang" });
    // Not an upstream failure: the caller ended it, and the breaker did not count it.
    expect.soft(row.details.error).toMatch(/cancel/i);
    expect.soft(row.details.outcome).not.toBe("upstream_error");
    expect((await getServer(faults.server.id)).body.server.policies?.breaker.consecutiveFailures).toBe(0);
  });

  test("an isError result is passed through as a result, audited as upstream_error", async () => {
    const since = await lastAuditId();
    const result = await client.callTool({ name: "faults__fail", arguments: {} });
    expect(result).toEqual({
      content: [{ type: "text", text: "the tool failed on purpose" }],
      isError: true,
    });
    const [row] = await gatewayCallRows({ sinceId: since });
    expect(row).toMatchObject({
      tool: "faults/fail",
      result: "error",
      details: { outcome: "upstream_error", upstreamMs: expect.any(Number) },
    });
  });
});
