// Gateway calls through a real upstream land in the rollups with the audit trail's outcomes, and
// the rollups of two processes (this one and a child) merge into one set of figures.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "10000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "1000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { db } from "@/lib/db";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { flushRollups } from "@/lib/metrics/rollups/flush-rollups";
import { rollupWriter } from "@/lib/metrics/rollups/rollup-writer";
import { summarizeRollups } from "@/lib/metrics/query/summarize-rollups";
import { createTestKey, seedRoles, type TestKey } from "../helpers/fixtures";
import { lastAuditId } from "../helpers/audit";
import { connectGateway, gatewayCallRows, registerUpstream, waitFor } from "../helpers/mcp-gateway";
import { childProcesses, createFaultFiles, FAULT_SERVER_STDIO } from "../helpers/upstream-processes";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

let agentKey: TestKey;
let client: Client;
const from = new Date(Date.now() - 60 * 60_000);
const to = () => new Date(Date.now() + 60_000);

beforeAll(async () => {
  await seedRoles();
  await createRole(
    {
      name: "rollup_agent",
      capabilities: ["mcp:connect"],
      toolGrants: [
        { pattern: "rolls/*", effect: "allow" },
        { pattern: "rolls/peek", effect: "deny" },
      ],
    },
    { principal: null, actor: { type: "system" } },
  );
  agentKey = await createTestKey(["rollup_agent"]);
  await registerUpstream({
    slug: "rolls",
    name: "Rollup upstream",
    transport: "stdio",
    ...FAULT_SERVER_STDIO,
    env: createFaultFiles().env,
    breakerFailureThreshold: 100,
  });
  client = await connectGateway(agentKey.secret);
});

afterAll(async () => {
  await client?.close();
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "every stdio child to exit" });
});

describe("rollups", () => {
  test("real calls show up per tool, server, key and role with the audit trail's outcomes", async () => {
    const since = await lastAuditId();
    for (let i = 0; i < 3; i++) await client.callTool({ name: "rolls__pid", arguments: {} });
    await client.callTool({ name: "rolls__refuse", arguments: {} }).catch(() => undefined);
    await client.callTool({ name: "rolls__peek", arguments: {} }).catch(() => undefined);
    await client.callTool({ name: "rolls__strict", arguments: {} }).catch(() => undefined);
    await flushRollups();

    const audited: Record<string, Record<string, number>> = {};
    for (const row of await gatewayCallRows({ sinceId: since })) {
      const tool = row.tool!.split("/")[1];
      audited[tool] ??= {};
      audited[tool][row.details.outcome!] = (audited[tool][row.details.outcome!] ?? 0) + 1;
    }
    expect(audited.pid).toEqual({ success: 3 });
    expect(audited.peek).toEqual({ denied: 1 });
    expect(audited.strict).toEqual({ invalid: 1 });
    expect(Object.keys(audited.refuse)).toHaveLength(1);
    for (const [tool, outcomes] of Object.entries(audited)) {
      const summary = await summarizeRollups({
        scope: { dimension: "tool", server: "rolls", tool },
        from,
        to: to(),
      });
      expect(summary.outcomes).toEqual(outcomes);
    }

    const pid = await summarizeRollups({
      scope: { dimension: "tool", server: "rolls", tool: "pid" },
      from,
      to: to(),
    });
    expect(pid.calls).toBe(3);
    expect(pid.p50).toBeGreaterThan(0);
    expect(pid.p99).toBeGreaterThanOrEqual(pid.p50!);
    const server = await summarizeRollups({
      scope: { dimension: "server", server: "rolls" },
      from,
      to: to(),
    });
    expect(server.calls).toBe(6);
    expect(server.denied).toBe(1);
    expect(server.errors).toBe(audited.refuse.upstream_error ?? 0);

    const keyRows = await db.metricRollup.findMany({
      where: { dimension: "key", name: agentKey.key.id, tier: "minute", writer: rollupWriter },
    });
    expect(keyRows.reduce((sum, row) => sum + row.calls, 0)).toBe(6);
    expect(keyRows.every((row) => row.latencySketch === null)).toBe(true);
    const roleRows = await db.metricRollup.findMany({ where: { dimension: "role", name: "rollup_agent" } });
    expect(roleRows.filter((row) => row.tier === "day").reduce((sum, row) => sum + row.calls, 0)).toBe(6);
    // Every call is in its minute, its hour and its day.
    for (const tier of ["minute", "hour", "day"])
      expect(
        (await db.metricRollup.findMany({ where: { tier, dimension: "all" } })).reduce(
          (s, r) => s + r.calls,
          0,
        ),
      ).toBe(6);
  });

  test("a flush rewrites this process's rows with its running totals instead of adding rows", async () => {
    await client.callTool({ name: "rolls__pid", arguments: {} });
    await flushRollups();
    await client.callTool({ name: "rolls__pid", arguments: {} });
    await flushRollups();
    const rows = await db.metricRollup.findMany({
      where: { tier: "day", dimension: "tool", server: "rolls", name: "pid" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].calls).toBe(5);
  });

  test("two processes' rollups merge: counts add up and quantiles come from the merged sketches", async () => {
    const before = await summarizeRollups({
      scope: { dimension: "tool", server: "merge", tool: "echo" },
      from,
      to: to(),
    });
    expect(before.calls).toBe(0);
    const { stdout } = await run(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "tests/fixtures/rollup-writer-process.ts",
        "merge",
        "echo",
        "1000",
      ],
      { cwd: root, env: process.env },
    );
    const otherWriter = stdout.trim();
    expect(otherWriter).not.toBe(rollupWriter);
    // This process: 1000 more calls of the same tool at 1001..2000 ms.
    const { recordRollupCall } = await import("@/lib/metrics/rollups/rollup-recorder");
    for (let i = 1001; i <= 2000; i++)
      recordRollupCall({
        server: "merge",
        tool: "echo",
        keyId: null,
        roles: [],
        outcome: "success",
        durationMs: i,
      });
    await flushRollups();

    const writers = await db.metricRollup.findMany({
      where: { tier: "minute", dimension: "tool", server: "merge" },
      select: { writer: true },
      distinct: ["writer"],
    });
    expect(writers.map((w) => w.writer).sort()).toEqual([otherWriter, rollupWriter].sort());
    const merged = await summarizeRollups({
      scope: { dimension: "tool", server: "merge", tool: "echo" },
      from,
      to: to(),
    });
    expect(merged.calls).toBe(2000);
    expect(merged.outcomes).toEqual({ success: 1900, timeout: 100 });
    expect(merged.errors).toBe(100);
    // Latencies 1..2000 ms over both processes: p50 is ~1000 and p99 ~1980, within the sketch's 1 %.
    expect(Math.abs(merged.p50! - 1000) / 1000).toBeLessThan(0.011);
    expect(Math.abs(merged.p99! - 1980) / 1980).toBeLessThan(0.011);
    expect(merged.latencySumMs).toBe((2000 * 2001) / 2);
  });
});
