// Consent enforced on every governed call, against a real upstream (server-everything over stdio):
// a tool that needs a consent purpose passes once the subject granted it and is refused (-32003,
// data with the purpose and the pseudonym, audited as denied, upstream not called) once they
// withdrew it, here at once and when a second process records the withdrawal. The subject comes
// from the X-Gatehouse-Subject header, _meta["gatehouse/subject"] or the declared identifying
// arguments; the audit row names them by pseudonym only.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "100000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "10000";
});

import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import * as consents from "@/app/api/v1/consents/route";
import * as metrics from "@/app/api/metrics/route";
import * as toolPrivacy from "@/app/api/v1/tools/[id]/privacy/route";
import * as serverPrivacy from "@/app/api/v1/servers/[id]/privacy/route";
import { db } from "@/lib/db";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import { auditSearchQuerySchema } from "@/lib/audit/search/audit-filters";
import { searchAuditEvents } from "@/lib/audit/search/search-audit-events";
import type { PrivacyDeclarationInput } from "@/lib/privacy/declarations/privacy-declaration";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { lastAuditId } from "../../helpers/audit";
import {
  connectGateway,
  gatewayCallRows,
  registerUpstream,
  rpcError,
  textOf,
  waitFor,
} from "../../helpers/mcp-gateway";
import { everythingStdio } from "../../helpers/upstream";
import { childProcesses } from "../../helpers/upstream-processes";

const root = path.resolve(import.meta.dirname, "../../..");
const system = { principal: null, actor: { type: "system" as const } };

let admin: TestKey;
let officer: TestKey;
let agentKey: TestKey;
let slug: string;
let serverId: string;
let echoName: string;
let echoId: string;
const clients: Client[] = [];

async function connect(headers: Record<string, string> = {}): Promise<Client> {
  const client = await connectGateway(agentKey.secret, { headers });
  clients.push(client);
  return client;
}

async function declareEcho(declaration: PrivacyDeclarationInput | null): Promise<void> {
  const res = await call(toolPrivacy.PUT, "PUT", `/api/v1/tools/${echoId}/privacy`, {
    apiKey: admin.secret,
    body: { declaration },
    params: { id: echoId },
  });
  expect(res.status).toBe(200);
}

async function declareServer(declaration: PrivacyDeclarationInput | null): Promise<void> {
  const res = await call(serverPrivacy.PUT, "PUT", `/api/v1/servers/${serverId}/privacy`, {
    apiKey: admin.secret,
    body: { declaration },
    params: { id: serverId },
  });
  expect(res.status).toBe(200);
}

async function recordConsent(subject: Record<string, string>, purpose: string, decision: string) {
  const res = await call<{ record: { subjectId: string } }>(consents.POST, "POST", "/api/v1/consents", {
    apiKey: officer.secret,
    body: { subject, purpose, decision },
  });
  expect(res.status).toBe(201);
  return res.body.record.subjectId;
}

function echo(client: Client, message: string, meta?: Record<string, unknown>) {
  return client.callTool({ name: echoName, arguments: { message }, ...(meta ? { _meta: meta } : {}) });
}

/** What a second Gatehouse process sharing the database records (tests/fixtures/record-consent.ts). */
function recordConsentElsewhere(subjectId: string, purpose: string, decision: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/fixtures/record-consent.ts",
      subjectId,
      purpose,
      decision,
    ],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "test",
        SEED_DEMO: "false",
        DATABASE_URL: process.env.DATABASE_URL,
        GATEHOUSE_SECRET: process.env.GATEHOUSE_SECRET,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`record-consent exited with ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

beforeAll(async () => {
  await seedRoles();
  const role = uniqueName("privacy_agent").replace(/-/g, "_");
  await createRole(
    { name: role, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
    system,
  );
  [admin, officer, agentKey] = await Promise.all([
    createTestKey(["admin"]),
    createTestKey(["compliance_officer"]),
    createTestKey([role]),
  ]);
  slug = uniqueName("pv").replace(/-/g, "");
  const server = await registerUpstream({ slug, name: "Everything", ...everythingStdio(), isEnabled: true });
  serverId = server.id;
  echoName = `${slug}__echo`;
  echoId = (await db.tool.findUniqueOrThrow({ where: { serverId_name: { serverId, name: "echo" } } })).id;
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the upstream child to exit" });
});

describe("consent on tools/call", () => {
  test("an undeclared tool passes without any subject", async () => {
    const client = await connect();
    expect(textOf(await echo(client, "hello"))).toContain("hello");
  });

  test("a tool that requires a subject refuses a call naming none, before argument validation", async () => {
    await declareEcho({ purposes: ["marketing"], categories: ["contact"], requiresSubject: true });
    const since = await lastAuditId();
    const client = await connect();
    // Invalid arguments too: the privacy refusal comes first, so the upstream is never involved.
    const error = await rpcError(client.callTool({ name: echoName, arguments: {} }));
    expect(error.code).toBe(-32003);
    expect(error.data).toEqual({ reason: "subject_required" });
    const [row] = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(row).toMatchObject({ result: "denied", subjectId: null });
    expect(row.details).toMatchObject({ outcome: "subject_required" });
    expect(row.details.upstreamMs).toBeUndefined();
  });

  test("granted -> passes; withdrawn -> the next call is refused with the purpose and the pseudonym", async () => {
    const email = `${uniqueName("jane")}@example.com`;
    const subjectId = await recordConsent({ email }, "marketing", "granted");
    const client = await connect({ "X-Gatehouse-Subject": email });

    let since = await lastAuditId();
    expect(textOf(await echo(client, "order 42"))).toContain("order 42");
    const [passed] = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(passed).toMatchObject({ result: "success", subjectId });
    // The arguments are stored under the subject's key, readable to audit readers.
    expect(passed.arguments).toEqual({ message: "order 42" });
    expect(passed.stored.payload).toMatch(/^pd1\./);
    expect(JSON.stringify(passed.stored)).not.toContain(email);
    // Named by pseudonym only (no keyed hash of the email); the person search finds it through the
    // registry, and the call's ip and user agent are under the subject's key.
    expect(passed.stored.subjectHash).toBeNull();
    expect(passed.stored.actorHash).toBeNull();
    for (const value of [passed.stored.ip, passed.stored.userAgent])
      if (value !== null) expect(value).toMatch(/^pd1\./);
    const found = await searchAuditEvents(auditSearchQuerySchema.parse({ person: email }));
    expect(found.events.map((e) => e.id)).toContain(passed.id);

    await recordConsent({ email }, "marketing", "withdrawn");
    since = await lastAuditId();
    const error = await rpcError(echo(client, "order 43"));
    expect(error.code).toBe(-32003);
    expect(error.message).toContain(`${echoName} needs the subject's consent for marketing.`);
    expect(error.data).toEqual({ reason: "consent_required", purpose: "marketing", subject: subjectId });
    expect(JSON.stringify(error)).not.toContain(email);
    const [refused] = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(refused).toMatchObject({ result: "denied", subjectId });
    expect(refused.details).toMatchObject({ outcome: "consent_required", purpose: "marketing" });
    expect(refused.details.upstreamMs).toBeUndefined();
    expect(JSON.stringify(refused.stored)).not.toContain(email);

    const exposition = await call<string>(metrics.GET, "GET", "/api/metrics", { apiKey: admin.secret });
    expect(exposition.body).toMatch(
      new RegExp(
        `gatehouse_gateway_calls_total\\{[^}]*server="${slug}"[^}]*outcome="consent_required"[^}]*\\} 1`,
      ),
    );
  });

  test("once the caches are warm a governed call reads nothing about subjects, consent or masking", async () => {
    await declareEcho({ purposes: ["marketing"], requiresSubject: true });
    const externalId = uniqueName("warm");
    await recordConsent({ externalId }, "marketing", "granted");
    const client = await connect({ "X-Gatehouse-Subject": externalId });
    await echo(client, "warm-up");
    // Spies on the real delegates (the calls still go through): which privacy tables the next call reads.
    const reads = [
      vi.spyOn(db.dataSubject, "findUnique"),
      vi.spyOn(db.subjectIdentifier, "findUnique"),
      vi.spyOn(db.consentRecord, "findMany"),
      vi.spyOn(db.purpose, "findMany"),
      vi.spyOn(db.subjectKey, "findMany"),
      vi.spyOn(db.maskingPolicy, "findMany"),
      vi.spyOn(db.customDetector, "findMany"),
    ];
    try {
      expect(textOf(await echo(client, "warm"))).toContain("warm");
      for (const spy of reads) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of reads) spy.mockRestore();
    }
  });

  test("a purpose whose legal basis is not consent needs no consent", async () => {
    await declareEcho({ purposes: ["essential"], requiresSubject: false });
    const client = await connect();
    expect(textOf(await echo(client, "contract work"))).toContain("contract work");
    await declareEcho({ purposes: ["marketing"], requiresSubject: false });
    // A consent purpose and no subject: refused as subject_required, naming the purpose.
    const error = await rpcError(echo(client, "anyone"));
    expect(error.data).toEqual({ reason: "subject_required", purpose: "marketing" });
  });

  test("_meta names the subject (externalId, phone, a string); the header wins over it", async () => {
    await declareEcho({ purposes: ["marketing"], requiresSubject: true });
    const externalId = uniqueName("cust");
    const byExternal = await recordConsent({ externalId }, "marketing", "granted");
    const phone = "+1 202 555 0143";
    const byPhone = await recordConsent({ phone }, "marketing", "granted");
    const client = await connect();

    let since = await lastAuditId();
    await echo(client, "via meta", { "gatehouse/subject": { externalId } });
    await echo(client, "via meta", { "gatehouse/subject": externalId });
    await echo(client, "via meta", { "gatehouse/subject": { phone: "(202) 555-0143" } });
    const rows = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(rows.map((r) => r.stored.subjectHash)).toEqual([null, null, null]);
    expect(rows.map((r) => [r.result, r.subjectId])).toEqual([
      ["success", byExternal],
      ["success", byExternal],
      ["success", byPhone],
    ]);
    for (const row of rows) {
      expect(JSON.stringify(row.stored)).not.toContain(externalId);
      // The phone in any of its forms (not "555" alone: a hash may hold those digits).
      for (const form of ["2025550143", "202 555 0143", "555-0143"])
        expect(JSON.stringify(row.stored)).not.toContain(form);
    }

    // The header names someone without consent: it is the one that counts.
    const stranger = uniqueName("stranger");
    const headed = await connect({ "X-Gatehouse-Subject": stranger });
    since = await lastAuditId();
    const error = await rpcError(echo(headed, "x", { "gatehouse/subject": { externalId } }));
    expect(error.data).toMatchObject({ reason: "consent_required" });
    const strangerRef = await findSubject({ kind: "external_id", value: stranger });
    expect(strangerRef).not.toBeNull();
    expect(error.data).toMatchObject({ subject: strangerRef!.id });
  });

  test("the declared identifying arguments name the subject when nothing else does", async () => {
    await declareEcho({ purposes: ["marketing"], identifyingArguments: ["message"], requiresSubject: true });
    const email = `${uniqueName("arg")}@example.org`;
    const subjectId = await recordConsent({ email }, "marketing", "granted");
    const client = await connect();
    const since = await lastAuditId();
    expect(textOf(await echo(client, email))).toContain(email);
    const [row] = await gatewayCallRows({ sinceId: since, tool: `${slug}/echo` });
    expect(row).toMatchObject({ result: "success", subjectId });
    expect(row.arguments).toEqual({ message: email });
    expect(JSON.stringify(row.stored)).not.toContain(email);

    const other = `${uniqueName("none")}@example.org`;
    const error = await rpcError(echo(client, other));
    expect(error.data).toMatchObject({ reason: "consent_required", purpose: "marketing" });
  });

  test("a withdrawal recorded by a second process is enforced here within the change feed's interval", async () => {
    await declareEcho({ purposes: ["marketing"], requiresSubject: true });
    const externalId = uniqueName("multi");
    const subjectId = await recordConsent({ externalId }, "marketing", "granted");
    const client = await connect({ "X-Gatehouse-Subject": externalId });
    expect(textOf(await echo(client, "before"))).toContain("before");

    await recordConsentElsewhere(subjectId, "marketing", "withdrawn");
    const recordedAt = Date.now();
    let refusedAt: number | null = null;
    while (refusedAt === null && Date.now() - recordedAt < 2500) {
      const outcome = await echo(client, "poll").then(
        () => null,
        (error: unknown) => error,
      );
      if (outcome) {
        const error = await rpcError(Promise.reject(outcome));
        expect(error.data).toEqual({ reason: "consent_required", purpose: "marketing", subject: subjectId });
        refusedAt = Date.now();
      } else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Polled until 2.5 s after the other process recorded it: the change feed's 2 s and some slack.
    expect(refusedAt, "the withdrawal was not enforced within 2.5 s").not.toBeNull();
  });
});

describe("consent on prompts/get and resources/read (the server's default)", () => {
  test("refused without a subject or consent, passes with it", async () => {
    await declareServer({ purposes: ["analytics"], requiresSubject: true });
    const prompt = `${slug}__args-prompt`;
    const uri = "demo://resource/dynamic/text/1";
    const anonymous = await connect();
    const noSubject = await rpcError(anonymous.getPrompt({ name: prompt, arguments: { city: "Oslo" } }));
    expect(noSubject.code).toBe(-32003);
    expect(noSubject.data).toEqual({ reason: "subject_required" });
    expect((await rpcError(anonymous.readResource({ uri }))).data).toEqual({ reason: "subject_required" });

    const externalId = uniqueName("reader");
    const client = await connect({ "X-Gatehouse-Subject": externalId });
    const refused = await rpcError(client.readResource({ uri }));
    expect(refused.data).toMatchObject({ reason: "consent_required", purpose: "analytics" });

    await recordConsent({ externalId }, "analytics", "granted");
    const got = await client.getPrompt({ name: prompt, arguments: { city: "Oslo" } });
    expect(JSON.stringify(got.messages)).toContain("Oslo");
    const read = await client.readResource({ uri });
    expect(read.contents[0]).toMatchObject({ uri });

    const since = await lastAuditId();
    await anonymous.getPrompt({
      name: prompt,
      arguments: { city: "Oslo" },
      _meta: { "gatehouse/subject": { externalId } },
    });
    const [row] = await gatewayCallRows({ sinceId: since, action: "prompts/get" });
    expect(row.result).toBe("success");
    expect(row.subjectId).toBe((await findSubject({ kind: "external_id", value: externalId }))!.id);
    await declareServer(null);
  });

  test("an unknown tool is still -32602, before any privacy check", async () => {
    const client = await connect();
    const error = await rpcError(client.callTool({ name: `${slug}__nope`, arguments: {} }));
    expect(error.code).toBe(ErrorCode.InvalidParams);
  });
});
