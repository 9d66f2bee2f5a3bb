// Masking of what real server-everything tools and prompts return, per role: a policy for the
// service role masks partially, a role without a policy gets the values; an "audit" policy masks
// the stored arguments (before they are encrypted) and leaves the result alone.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "100000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "10000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Progress } from "@modelcontextprotocol/sdk/types.js";
import * as policies from "@/app/api/v1/privacy/masking-policies/route";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  registerUpstream,
  textOf,
  waitFor,
} from "../../helpers/mcp-gateway";
import { everythingStdio } from "../../helpers/upstream";
import { childProcesses } from "../../helpers/upstream-processes";

const system = { principal: null, actor: { type: "system" as const } };
const EMAIL = "jane.doe@example.com";
const CARD = "4111 1111 1111 1111";
const MESSAGE = `Reach ${EMAIL}, card ${CARD}, from 203.0.113.7`;

let officer: TestKey;
let service: Client;
let plain: Client;
/** A key whose only role inherits from service: the service role's policy covers it too. */
let heir: Client;
let slug: string;
const clients: Client[] = [];

async function createPolicy(body: Record<string, unknown>): Promise<void> {
  const res = await call(policies.POST, "POST", "/api/v1/privacy/masking-policies", {
    apiKey: officer.secret,
    body: { name: uniqueName("policy"), ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

beforeAll(async () => {
  await seedRoles();
  const role = uniqueName("mask_agent").replace(/-/g, "_");
  await createRole(
    { name: role, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
    system,
  );
  const heirRole = uniqueName("service_heir").replace(/-/g, "_");
  await createRole(
    {
      name: heirRole,
      inherits: "service",
      capabilities: [],
      toolGrants: [{ pattern: "*/*", effect: "allow" }],
    },
    system,
  );
  let serviceKey: TestKey;
  let plainKey: TestKey;
  let heirKey: TestKey;
  [officer, serviceKey, plainKey, heirKey] = await Promise.all([
    createTestKey(["compliance_officer"]),
    createTestKey(["service", role]),
    createTestKey([role]),
    createTestKey([heirRole]),
  ]);
  slug = uniqueName("mk").replace(/-/g, "");
  await registerUpstream({ slug, name: "Everything", ...everythingStdio(), isEnabled: true });
  service = await connectGateway(serviceKey.secret);
  plain = await connectGateway(plainKey.secret);
  heir = await connectGateway(heirKey.secret);
  clients.push(service, plain, heir);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the upstream child to exit" });
});

describe("masking what tools return, per role", () => {
  test("without any policy both roles get the values", async () => {
    expect(
      textOf(await service.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } })),
    ).toContain(EMAIL);
  });

  test("a results policy for the service role masks partially; a role without a policy gets values", async () => {
    await createPolicy({
      toolPattern: `${slug}/*`,
      roleName: "service",
      strategy: "partial",
      appliesTo: "results",
    });
    const since = await lastAuditId();
    const masked = textOf(await service.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } }));
    expect(masked).not.toContain(EMAIL);
    expect(masked).toContain("j***@example.com");
    expect(masked).not.toContain(CARD);
    expect(masked).toContain("1111");
    expect(masked).not.toContain("203.0.113.7");

    const values = textOf(await plain.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } }));
    expect(values).toContain(EMAIL);
    expect(values).toContain(CARD);

    const inherited = textOf(await heir.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } }));
    expect(inherited).not.toContain(EMAIL);
    expect(inherited).toContain("j***@example.com");

    const rows = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(rows.map((r) => r.details.outcome)).toEqual(["success", "success", "success"]);
    expect((rows[0].details as { masked?: number }).masked).toBe(3);
    expect((rows[1].details as { masked?: number }).masked).toBeUndefined();
    // Results policies do not touch the audit trail: its arguments are as sent (encrypted: they name a person).
    expect(rows[0].arguments).toEqual({ message: MESSAGE });
  });

  test("prompt results are masked the same way", async () => {
    const args = { city: `Oslo, ask ${EMAIL}` };
    const masked = await service.getPrompt({ name: `${slug}__args-prompt`, arguments: args });
    expect(JSON.stringify(masked.messages)).not.toContain(EMAIL);
    expect(JSON.stringify(masked.messages)).toContain("j***@example.com");
    const values = await plain.getPrompt({ name: `${slug}__args-prompt`, arguments: args });
    expect(JSON.stringify(values.messages)).toContain(EMAIL);
  });

  test("structured content without personal values comes back unchanged", async () => {
    const result = await service.callTool({
      name: `${slug}__get-structured-content`,
      arguments: { location: "Chicago" },
    });
    const values = await plain.callTool({
      name: `${slug}__get-structured-content`,
      arguments: { location: "Chicago" },
    });
    expect(result.structuredContent).toEqual(values.structuredContent);
    expect(result.content).toEqual(values.content);
  });

  test("progress notifications keep streaming under a results policy", async () => {
    const progress: Progress[] = [];
    const result = await service.callTool(
      { name: `${slug}__trigger-long-running-operation`, arguments: { duration: 0.3, steps: 3 } },
      undefined,
      { onprogress: (p) => progress.push(p) },
    );
    expect(JSON.stringify(result.content)).toContain("Long running operation completed");
    // At least 2 of the 3 (the last may arrive together with the result; see mcp-protocol.test.ts).
    expect(progress.slice(0, 2)).toEqual([
      { progress: 1, total: 3 },
      { progress: 2, total: 3 },
    ]);
  });

  test("an audit policy stores the arguments masked and leaves the result to the results policy", async () => {
    await createPolicy({
      toolPattern: `${slug}/echo`,
      roleName: "service",
      strategy: "full",
      appliesTo: "audit",
    });
    const since = await lastAuditId();
    const result = textOf(await service.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } }));
    expect(result).toContain("j***@example.com");
    await plain.callTool({ name: `${slug}__echo`, arguments: { message: MESSAGE } });
    const [masked, values] = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    const stored = JSON.stringify(masked.arguments);
    expect(stored).not.toContain(EMAIL);
    expect(stored).not.toContain(CARD);
    expect(stored).toContain("***");
    expect(JSON.stringify(masked.stored)).not.toContain(EMAIL);
    expect(values.arguments).toEqual({ message: MESSAGE });
  });
});
