// 1,000 concurrent tools/call to a tool that never answers, with the upstream's bulkhead at 10
// running and 100 queued and a 3 s timeout: the excess is refused at once as overloaded, every
// call settles (none hangs), and every call is one audit row.
import { afterAll, beforeAll, expect, test, vi } from "vitest";

vi.hoisted(() => {
  // Rate limits far above the load: this file is about the bulkhead, not the limiter.
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "100000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "100000";
  process.env.GATEWAY_GLOBAL_RATE_LIMIT_PER_MINUTE = "1000000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { McpError } from "@modelcontextprotocol/sdk/types.js";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { createTestKey, seedRoles } from "../../helpers/fixtures";
import { lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  registerUpstream,
  rpcError,
  waitFor,
} from "../../helpers/mcp-gateway";
import { childProcesses, createFaultFiles, FAULT_SERVER_STDIO } from "../../helpers/upstream-processes";

const CALLS = 1000;
const MAX_CONCURRENT = 10;
const MAX_QUEUE = 100;
// Long enough that the 890 refusals (each one audited before it answers) settle before the first
// admitted call times out even on a loaded machine; at 1 s a busy CI box ordered them the other way.
const TIMEOUT_MS = 3000;

let clients: Client[] = [];
let files: ReturnType<typeof createFaultFiles>;

beforeAll(async () => {
  await seedRoles();
  await createRole(
    { name: "fan_out", capabilities: ["mcp:connect"], toolGrants: [{ pattern: "jam/*", effect: "allow" }] },
    { principal: null, actor: { type: "system" } },
  );
  files = createFaultFiles();
  await registerUpstream({
    slug: "jam",
    name: "Jammed fault server",
    transport: "stdio",
    ...FAULT_SERVER_STDIO,
    env: files.env,
    maxConcurrent: MAX_CONCURRENT,
    maxQueue: MAX_QUEUE,
    timeoutMs: TIMEOUT_MS,
    // The 10 running calls all time out; with the default threshold of 5 the breaker would then
    // refuse the queued ones as circuit_open (right, but not what this test is about).
    breakerFailureThreshold: 1000,
  });
  // A few agents, as a fan-out would have, sharing the 1,000 calls.
  const keys = await Promise.all(Array.from({ length: 4 }, () => createTestKey(["fan_out"])));
  clients = await Promise.all(keys.map((key) => connectGateway(key.secret)));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the stdio child to exit" });
});

test("1,000 concurrent calls to a hung upstream: the excess refused at once, none hangs, all audited", async () => {
  const since = await lastAuditId();
  const order: ("overloaded" | "timeout" | "other")[] = [];
  const results = await Promise.all(
    Array.from({ length: CALLS }, (_, i) =>
      rpcError(clients[i % clients.length].callTool({ name: "jam__hang", arguments: {} })).then(
        (error: McpError) => {
          const kind = error.message.includes("overloaded")
            ? "overloaded"
            : error.message.includes(`did not answer within ${TIMEOUT_MS} ms`)
              ? "timeout"
              : "other";
          order.push(kind);
          return { kind, error };
        },
      ),
    ),
  );

  expect(results.filter((r) => r.kind === "other").map((r) => r.error.message)).toEqual([]);
  expect(results.every((r) => r.error.code === -32002)).toBe(true);
  const admitted = MAX_CONCURRENT + MAX_QUEUE;
  expect(results.filter((r) => r.kind === "timeout")).toHaveLength(admitted);
  expect(results.filter((r) => r.kind === "overloaded")).toHaveLength(CALLS - admitted);
  // Refused at once: all refusals settled before the first admitted call gave up.
  expect(order.slice(0, CALLS - admitted).every((kind) => kind === "overloaded")).toBe(true);

  const rows = await gatewayCallRows({ sinceId: since, action: "tools/call" });
  expect(rows).toHaveLength(CALLS);
  const outcomes = new Map<string, number>();
  for (const row of rows)
    outcomes.set(String(row.details.outcome), (outcomes.get(String(row.details.outcome)) ?? 0) + 1);
  expect(Object.fromEntries(outcomes)).toEqual({ overloaded: CALLS - admitted, timeout: admitted });
  expect(files.calls().length).toBeLessThanOrEqual(admitted);
});
