// The access export (GDPR Art. 15/20) of one person, on real databases and a real upstream: a
// subject with identifiers, consent history, a console account with a role and an API key,
// requests, events as actor and as subject (some from real gateway calls whose arguments name
// them), next to a second person who must not appear. Each format is exported, downloaded through
// the route (audited), read back with an independent reader, and verified offline against its
// signed manifest, also by the CLI; tampering fails; expired and erased exports are deleted.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.GATEWAY_RATE_LIMIT_PER_MINUTE = "100000";
  process.env.GATEWAY_RATE_LIMIT_BURST = "10000";
});

import JSZip from "jszip";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import * as createExportRoute from "@/app/api/v1/privacy/requests/[id]/exports/route";
import * as fileRoute from "@/app/api/v1/privacy/exports/[id]/file/route";
import * as manifestRoute from "@/app/api/v1/privacy/exports/[id]/manifest/route";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { encryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";
import { registerSubject } from "@/lib/privacy/subjects/register-subject";
import { recordConsent } from "@/lib/privacy/consent/record-consent";
import { createRole } from "@/lib/roles/create-role";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { newRequestId } from "@/lib/privacy/requests/create-request";
import { createSubjectExport } from "@/lib/privacy/access/create-subject-export";
import { SECTION_NAMES, type SectionCounts } from "@/lib/privacy/access/export-sections";
import { verifySubjectExport } from "@/lib/privacy/access/verify-subject-export";
import {
  deleteExpiredSubjectExports,
  deleteSubjectExports,
} from "@/lib/privacy/access/delete-subject-exports";
import { executeAccessRequest } from "@/lib/privacy/access/execute-access-request";
import { subjectExportPath } from "@/lib/privacy/access/subject-export-files";
import { WITHHELD } from "@/lib/privacy/access/withhold-other-people";
import type { SubjectExportView } from "@/lib/privacy/requests/request-types";
import { buildRequest, call, callHandler, type ErrorBody } from "../../helpers/http";
import { createTestKey, createTestUser, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { findAuditEvents } from "../../helpers/audit";
import { connectGateway, registerUpstream, textOf, waitFor } from "../../helpers/mcp-gateway";
import { everythingStdio } from "../../helpers/upstream";
import { childProcesses } from "../../helpers/upstream-processes";
import { runCli } from "../audit/run-cli";

const system = { principal: null, actor: { type: "system" as const } };
const dir = mkdtempSync(path.join(os.tmpdir(), "access-export-"));

const jane = {
  email: `${uniqueName("jane")}@example.com`,
  phone: "+12025550143",
  externalId: uniqueName("crm-jane"),
  name: "Jane Accessrequest",
  ip: "203.0.113.7",
  userAgent: "JaneBrowser/1.0",
  id: "",
  userId: "",
};
const other = {
  email: `${uniqueName("olaf")}@example.com`,
  phone: "+12025550188",
  name: "Olaf Otherperson",
  ip: "198.51.100.4",
  userAgent: "OlafBrowser/2.0",
  id: "",
  userId: "",
};

let auditor: TestKey;
let officer: TestKey;
let janeKey: TestKey;
let requestId = "";
let unknownRequestId = "";
let echoName = "";
const clients: Client[] = [];

async function keyOf(subjectId: string) {
  const { keyId } = await db.dataSubject.findUniqueOrThrow({ where: { id: subjectId } });
  const key = (await subjectKeysById([keyId])).get(keyId);
  if (!key) throw new Error("no subject key");
  return { id: keyId, key };
}

async function newRequest(subjectId: string | null, state = "completed", type = "access"): Promise<string> {
  const id = newRequestId();
  const dueAt = new Date(Date.now() + 30 * 86_400_000);
  await db.privacyRequest.create({
    data: {
      id,
      type,
      state,
      subjectId,
      identifierKind: "email",
      identifierHint: "j***@example.com",
      initialDueAt: dueAt,
      dueAt,
      ...(state === "completed" ? { completedAt: new Date() } : {}),
    },
  });
  return id;
}

/** Events about jane as the audit writer stores them now: a person named by pseudonym, ip and user agent under their key. */
async function insertEventAsWritten(data: {
  action: string;
  actorSubjectId: string;
  actorUserId: string;
  actorLabel: string;
  subjectId?: string;
  personal?: { keyOf: string; value: unknown };
  payload?: { keyOf: string; value: unknown };
  ip: string;
  userAgent: string;
}) {
  const actorKey = await keyOf(data.actorSubjectId);
  await db.auditEvent.create({
    data: {
      category: "auth",
      action: data.action,
      result: "success",
      actorType: "user",
      actorId: data.actorUserId,
      actorLabel: encryptPersonal(actorKey, data.actorLabel),
      actorSubjectId: data.actorSubjectId,
      subjectId: data.subjectId ?? null,
      personal: data.personal ? encryptPersonal(await keyOf(data.personal.keyOf), data.personal.value) : null,
      payload: data.payload ? encryptPersonal(await keyOf(data.payload.keyOf), data.payload.value) : null,
      ip: encryptPersonal(actorKey, data.ip),
      userAgent: encryptPersonal(actorKey, data.userAgent),
    },
  });
}

async function seedPerson(person: typeof jane | typeof other, roles: string[]) {
  const { subject } = await registerSubject(
    {
      email: person.email,
      phone: person.phone,
      ...("externalId" in person ? { externalId: person.externalId } : {}),
    },
    system,
  );
  person.id = subject.id;
  const user = await createTestUser(roles, { email: person.email });
  person.userId = user.id;
  await db.user.update({ where: { id: user.id }, data: { name: person.name, lastSignInAt: new Date() } });
  await recordConsent({ subject: { id: subject.id }, purpose: "marketing", decision: "granted" }, system);
}

beforeAll(async () => {
  await seedRoles();
  [auditor, officer] = await Promise.all([createTestKey(["auditor"]), createTestKey(["compliance_officer"])]);
  await seedPerson(jane, ["compliance_officer"]);
  await seedPerson(other, ["viewer"]);
  await recordConsent({ subject: { id: jane.id }, purpose: "marketing", decision: "withdrawn" }, system);
  janeKey = await createTestKey(["viewer"], { name: "Jane's laptop", ownerEmail: jane.email });
  await createTestKey(["viewer"], { name: "Olaf's key", ownerEmail: other.email });

  // Jane acts (a sign-in), and acts on Olaf; Olaf, on the staff, acts on Jane; Olaf signs in.
  await insertEventAsWritten({
    action: "sign_in",
    actorSubjectId: jane.id,
    actorUserId: jane.userId,
    actorLabel: jane.email,
    ip: jane.ip,
    userAgent: jane.userAgent,
  });
  await insertEventAsWritten({
    action: "looked_up_someone",
    actorSubjectId: jane.id,
    actorUserId: jane.userId,
    actorLabel: jane.email,
    subjectId: other.id,
    personal: { keyOf: other.id, value: { email: other.email, name: other.name } },
    payload: { keyOf: other.id, value: { phone: other.phone } },
    ip: jane.ip,
    userAgent: jane.userAgent,
  });
  await recordEvent({
    category: "privacy",
    action: "note_about_subject",
    result: "success",
    actor: { type: "user", id: other.userId, label: other.email },
    subjectId: jane.id,
    details: { note: "checked consent" },
    meta: { ip: other.ip, userAgent: other.userAgent },
  });
  await insertEventAsWritten({
    action: "sign_in",
    actorSubjectId: other.id,
    actorUserId: other.userId,
    actorLabel: other.email,
    ip: other.ip,
    userAgent: other.userAgent,
  });

  // Real gateway calls (server-everything over stdio) naming each person.
  const role = uniqueName("export_agent").replace(/-/g, "_");
  await createRole(
    { name: role, capabilities: ["mcp:connect"], toolGrants: [{ pattern: "*/*", effect: "allow" }] },
    system,
  );
  const agent = await createTestKey([role]);
  const slug = uniqueName("ax").replace(/-/g, "");
  await registerUpstream({ slug, name: "Everything", ...everythingStdio(), isEnabled: true });
  echoName = `${slug}__echo`;
  for (const person of [jane, other]) {
    const client = await connectGateway(agent.secret, { headers: { "X-Gatehouse-Subject": person.email } });
    clients.push(client);
    const message = `Call ${person.name} at ${person.phone} or ${person.email}`;
    expect(textOf(await client.callTool({ name: echoName, arguments: { message } }))).toContain(message);
  }

  // Jane's requests, with their timelines; one of Olaf's.
  requestId = await newRequest(jane.id);
  await db.privacyRequestTransition.createMany({
    data: [
      {
        requestId,
        fromState: null,
        toState: "received",
        action: "receive",
        actorType: "api_key",
        actorId: auditor.key.id,
      },
      {
        requestId,
        fromState: "received",
        toState: "completed",
        action: "complete",
        actorType: "system",
        reason: "Done",
      },
    ],
  });
  await newRequest(jane.id, "rejected", "erasure");
  await newRequest(other.id);
  unknownRequestId = await newRequest(null);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the upstream child to exit" });
});

type Download = { status: number; headers: Headers; bytes: Buffer };

async function download(exportId: string, apiKey = officer.secret): Promise<Download> {
  const url = `/api/v1/privacy/exports/${exportId}/file`;
  const res = await callHandler(fileRoute.GET, buildRequest("GET", url, { apiKey }), { id: exportId });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The file and manifest as someone saves them from the two routes. */
async function saveDownload(exportId: string): Promise<{ file: string; manifest: string; bytes: Buffer }> {
  const file = await download(exportId);
  expect(file.status).toBe(200);
  const manifest = await call(manifestRoute.GET, "GET", `/api/v1/privacy/exports/${exportId}/manifest`, {
    apiKey: officer.secret,
    params: { id: exportId },
  });
  expect(manifest.status).toBe(200);
  const filePath = path.join(dir, `${exportId}.download`);
  const manifestPath = path.join(dir, `${exportId}.manifest.json`);
  writeFileSync(filePath, file.bytes);
  writeFileSync(manifestPath, JSON.stringify(manifest.body, null, 2));
  return { file: filePath, manifest: manifestPath, bytes: file.bytes };
}

async function createViaRoute(id: string, body: unknown, apiKey = auditor.secret) {
  return call<{ export: SubjectExportView } & ErrorBody>(
    createExportRoute.POST,
    "POST",
    `/api/v1/privacy/requests/${id}/exports`,
    { apiKey, params: { id }, body },
  );
}

/** What a careless export could leak: the other person, and secrets of either. */
async function forbiddenStrings(): Promise<string[]> {
  const users = await db.user.findMany({ where: { id: { in: [jane.userId, other.userId] } } });
  const keys = await db.apiKey.findMany({ where: { ownerId: { in: [jane.userId, other.userId] } } });
  return [
    other.email,
    other.phone,
    other.name,
    other.ip,
    other.userAgent,
    other.id,
    "Olaf's key",
    "passwordHash",
    "secretHash",
    ...users.flatMap((u) => (u.passwordHash ? [u.passwordHash] : [])),
    ...keys.map((k) => k.secretHash),
  ];
}

async function janeEventCount(): Promise<number> {
  return db.auditEvent.count({ where: { OR: [{ actorSubjectId: jane.id }, { subjectId: jane.id }] } });
}

/** Records in a CSV text (RFC 4180: newlines inside quoted fields do not end a record). */
function csvRecordCount(text: string): number {
  let records = 0;
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === "\n" && !inQuotes) records += 1;
  }
  return records;
}

/**
 * A strict well-formedness check of XML 1.0 (no DTD): one root, every tag closed in order, quoted
 * attributes without duplicates, no bare "<" or "&" in text or attributes. No XML parser is among
 * the dependencies; this is the subset the export may use, checked strictly.
 */
function xmlProblem(xml: string): string | null {
  const reference = "&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);";
  const name = "[A-Za-z_][\\w.-]*";
  const attribute = `\\s+(${name})\\s*=\\s*"(?:[^"<&]|${reference})*"`;
  const attributes = `(?:\\s+${name}\\s*=\\s*"(?:[^"<&]|${reference})*")*`;
  const token = new RegExp(
    `<\\/(${name})\\s*>|<(${name})(${attributes})\\s*(\\/?)>|((?:[^<&]|${reference})+)`,
    "y",
  );
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>/, "");
  const stack: string[] = [];
  let roots = 0;
  token.lastIndex = 0;
  while (token.lastIndex < body.length) {
    const at = token.lastIndex;
    const match = token.exec(body);
    if (!match) return `unexpected markup at ${at}: ${body.slice(at, at + 40)}`;
    const [, closing, opening, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== "") return `text outside the root at ${at}`;
    } else if (closing) {
      if (stack.pop() !== closing) return `</${closing}> does not close the open element at ${at}`;
    } else {
      const names = [...(attributeText ?? "").matchAll(new RegExp(attribute, "g"))].map((m) => m[1]);
      if (new Set(names).size !== names.length) return `duplicate attribute on <${opening}>`;
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(opening);
    }
  }
  if (stack.length) return `unclosed <${stack[stack.length - 1]}>`;
  return roots === 1 ? null : `${roots} root elements`;
}

describe("a JSON export of everything about the subject", () => {
  let exportId = "";
  let saved: { file: string; manifest: string; bytes: Buffer };
  let counts: SectionCounts;
  let eventsBefore = 0;

  beforeAll(async () => {
    eventsBefore = await janeEventCount();
    ({ exportId, counts } = await createSubjectExport({ requestId, format: "json" }));
    saved = await saveDownload(exportId);
  });

  test("holds every section with the right counts, decrypted, and nothing of the other person", async () => {
    const doc = JSON.parse(saved.bytes.toString("utf8"));
    expect(doc).toMatchObject({
      format: "gatehouse-subject-export-v1",
      exportId,
      requestId,
      subjectId: jane.id,
      found: true,
      counts,
    });
    for (const name of SECTION_NAMES) expect(doc[name]).toHaveLength(counts[name]);

    expect(doc.identifiers.map((i: { kind: string; value: string }) => [i.kind, i.value]).sort()).toEqual(
      [
        ["email", jane.email],
        ["external_id", jane.externalId],
        ["phone", jane.phone],
      ].sort(),
    );
    expect(doc.consents.map((c: { decision: string }) => c.decision)).toEqual(["granted", "withdrawn"]);
    expect(doc.requests.map((r: { id: string }) => r.id)).toContain(requestId);
    expect(counts.requests).toBe(2);
    expect(doc.request_transitions.map((t: { action: string }) => t.action)).toEqual(["receive", "complete"]);
    expect(doc.request_transitions[0]).not.toHaveProperty("actorId");
    expect(doc.account).toEqual([
      expect.objectContaining({ email: jane.email, name: jane.name, roles: ["compliance_officer"] }),
    ]);
    expect(doc.account[0].lastSignInAt).toEqual(expect.any(String));
    expect(doc.api_keys).toEqual([
      expect.objectContaining({
        name: "Jane's laptop",
        prefix: `ghk_${janeKey.key.prefix.replace(/^ghk_/, "")}`,
        revokedAt: null,
      }),
    ]);

    // Every event about her when the export started (the download since is one more).
    expect(counts.audit_events).toBe(eventsBefore);
    expect(await janeEventCount()).toBe(eventsBefore + 1);
    const events: Record<string, unknown>[] = doc.audit_events;
    const signIn = events.find((e) => e.action === "sign_in");
    expect(signIn).toMatchObject({ actorLabel: jane.email, ip: jane.ip, userAgent: jane.userAgent });
    const call = events.find((e) => e.category === "gateway" && e.action === "tools/call");
    expect(call?.payload).toEqual({ message: `Call ${jane.name} at ${jane.phone} or ${jane.email}` });
    expect(call?.details).toMatchObject({ outcome: "success" });
    // Olaf acting on Jane: who he is stays out. Jane acting on Olaf: his details stay out.
    expect(events.find((e) => e.action === "note_about_subject")).toMatchObject({
      actorLabel: WITHHELD,
      ip: WITHHELD,
      userAgent: WITHHELD,
      details: { note: "checked consent" },
    });
    expect(events.find((e) => e.action === "looked_up_someone")).toMatchObject({
      actorLabel: jane.email,
      subject: WITHHELD,
      payload: WITHHELD,
    });

    const text = saved.bytes.toString("utf8");
    expect(text).not.toContain("pd1.");
    for (const leak of await forbiddenStrings()) expect(text, leak).not.toContain(leak);
  });

  test("the stored file is encrypted; the row is complete with its manifest", async () => {
    const stored = readFileSync(subjectExportPath(exportId));
    expect(stored.includes(Buffer.from(jane.email))).toBe(false);
    const row = await db.subjectExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row).toMatchObject({ status: "complete", format: "json", byteCount: saved.bytes.length });
    expect(row.wrappedKey).toBeTruthy();
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 86_400_000);
    expect(JSON.parse(row.manifest!)).toMatchObject({ format: "gatehouse-subject-export-v1", counts });
  });

  test("the download is audited, naming the export and nothing personal", async () => {
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "export_downloaded",
      target: exportId,
    });
    expect(event).toMatchObject({ result: "success", actorId: officer.key.id, subjectId: jane.id });
    expect(event.details).toEqual({ requestId, format: "json" });
  });

  test("the manifest verifies offline; a changed file or manifest does not", async () => {
    const result = await verifySubjectExport(saved.file, saved.manifest);
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ["signature", "pass"],
      ["key", "info"],
      ["bytes", "pass"],
      ["sha256", "pass"],
      ["counts", "pass"],
    ]);
    expect(result.isValid).toBe(true);

    const tamperedFile = `${saved.file}.tampered`;
    writeFileSync(tamperedFile, saved.bytes.toString("utf8").replace(jane.ip, "203.0.113.9"));
    const fileCheck = await verifySubjectExport(tamperedFile, saved.manifest);
    expect(fileCheck.isValid).toBe(false);
    expect(fileCheck.checks.find((c) => c.name === "sha256")?.status).toBe("fail");

    const manifest = JSON.parse(readFileSync(saved.manifest, "utf8"));
    const tamperedManifest = `${saved.manifest}.tampered`;
    writeFileSync(
      tamperedManifest,
      JSON.stringify({ ...manifest, counts: { ...manifest.counts, audit_events: 1 } }),
    );
    const manifestCheck = await verifySubjectExport(saved.file, tamperedManifest);
    expect(manifestCheck.checks.find((c) => c.name === "signature")).toMatchObject({
      status: "fail",
      message: expect.stringContaining("the manifest was edited"),
    });
    expect(manifestCheck.checks.find((c) => c.name === "counts")?.status).toBe("fail");
  });

  test(
    "`npm run cli -- privacy verify-export`, offline: exit 0 for the download, 1 when tampered",
    { timeout: 60_000 },
    async () => {
      const offline = { DATABASE_URL: "postgresql://gatehouse@127.0.0.1:9/unreachable" };
      const [good, bad] = await Promise.all([
        runCli(["privacy", "verify-export", saved.file, saved.manifest], offline),
        runCli(["privacy", "verify-export", `${saved.file}.tampered`, saved.manifest], offline),
      ]);
      expect(good.stdout).toContain("✓ signature: valid Ed25519 signature");
      expect(good.stdout).toContain(`✓ counts: identifiers 3, consents 2`);
      expect(good.stdout).toContain("The access export matches its manifest.");
      expect(good.code).toBe(0);
      expect(bad.stdout).toContain("✗ sha256:");
      expect(bad.stdout).toContain("does NOT match");
      expect(bad.code).toBe(1);
    },
  );
});

describe("CSV and XML through the route", () => {
  test("CSV: a zip with one file per section (and export.csv), rows as counted, verified", async () => {
    const res = await createViaRoute(requestId, { format: "csv" });
    expect(res.status).toBe(201);
    const view = res.body.export;
    expect(view).toMatchObject({ requestId, format: "csv", status: "complete" });
    const saved = await saveDownload(view.id);
    const zip = await JSZip.loadAsync(saved.bytes);
    expect(Object.keys(zip.files).sort()).toEqual(
      ["export.csv", ...SECTION_NAMES.map((name) => `${name}.csv`)].sort(),
    );
    for (const name of SECTION_NAMES) {
      const text = await zip.file(`${name}.csv`)!.async("string");
      expect(csvRecordCount(text) - 1, name).toBe(view.counts![name]);
    }
    const all = (await Promise.all(Object.values(zip.files).map((entry) => entry.async("string")))).join(
      "\n",
    );
    expect(all).toContain(jane.email);
    expect(all).toContain(jane.ip);
    for (const leak of await forbiddenStrings()) expect(all, leak).not.toContain(leak);
    expect((await zip.file("export.csv")!.async("string")).split("\n")[0]).toBe("field,value");
    expect((await verifySubjectExport(saved.file, saved.manifest)).isValid).toBe(true);
  });

  test("XML: one well-formed document, an element per record, verified", async () => {
    const res = await createViaRoute(requestId, { format: "xml" });
    expect(res.status).toBe(201);
    const view = res.body.export;
    const saved = await saveDownload(view.id);
    const xml = saved.bytes.toString("utf8");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml.match(/<audit_event>/g)).toHaveLength(view.counts!.audit_events);
    expect(xml).toContain(`<value>${jane.email}</value>`);
    for (const leak of await forbiddenStrings()) expect(xml, leak).not.toContain(leak);
    expect((await verifySubjectExport(saved.file, saved.manifest)).isValid).toBe(true);
    // The checker is strict enough to notice a broken document.
    expect(xmlProblem(xml.replace("</identifiers>", ""))).not.toBeNull();
    expect(xmlProblem(xml.replace("<notice>", "<notice>&"))).not.toBeNull();
  });

  test("XML escapes markup and drops what XML cannot carry", async () => {
    const { subject } = await registerSubject({ externalId: `<b>&"x'\u0001</b>]]>` }, system);
    const id = await newRequest(subject.id);
    const { exportId } = await createSubjectExport({ requestId: id, format: "xml" });
    const xml = (await download(exportId)).bytes.toString("utf8");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain("<value>&lt;b&gt;&amp;&quot;x&apos;\uFFFD&lt;/b&gt;]]&gt;</value>");
  });

  test("refusals: unknown request 404, not completed or not access 409, bad format 400, viewer 403", async () => {
    expect((await createViaRoute("dsr_nosuchrequest00", { format: "json" })).status).toBe(404);
    const open = await createViaRoute(await newRequest(jane.id, "approved"), { format: "json" });
    expect(open.status).toBe(409);
    expect(open.body.error.details).toEqual({ state: "approved" });
    expect((await createViaRoute(await newRequest(jane.id, "completed", "erasure"), {})).status).toBe(409);
    const bad = await createViaRoute(requestId, { format: "pdf" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
    const viewer = await createTestKey(["viewer"]);
    expect((await createViaRoute(requestId, { format: "json" }, viewer.secret)).status).toBe(403);
    expect((await download("dsx_nosuchexport000")).status).toBe(404);
  });
});

describe("nothing found, expiry, erasure, the request's job", () => {
  test("a request about no one known gives an export that says nothing was found", async () => {
    const { exportId, counts } = await createSubjectExport({ requestId: unknownRequestId, format: "json" });
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const saved = await saveDownload(exportId);
    const doc = JSON.parse(saved.bytes.toString("utf8"));
    expect(doc).toMatchObject({ found: false, subjectId: null });
    expect(doc.notice).toContain("holds nothing about the person");
    expect((await verifySubjectExport(saved.file, saved.manifest)).isValid).toBe(true);
  });

  test("an expired export is gone from the route at once and deleted by the sweep", async () => {
    const { exportId } = await createSubjectExport({ requestId, format: "json" });
    await db.subjectExport.update({
      where: { id: exportId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await download(exportId)).status).toBe(404);
    expect(existsSync(subjectExportPath(exportId))).toBe(true);
    const { deleted } = await deleteExpiredSubjectExports();
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(existsSync(subjectExportPath(exportId))).toBe(false);
    expect(await db.subjectExport.findUniqueOrThrow({ where: { id: exportId } })).toMatchObject({
      status: "deleted",
      wrappedKey: null,
      deletedAt: expect.any(Date),
    });
    // Nothing else was due.
    expect((await deleteExpiredSubjectExports()).deleted).toBe(0);
  });

  test("the access job writes a JSON export and resumes by deleting an abandoned one", async () => {
    const id = await newRequest(jane.id, "executing");
    const abandoned = await createSubjectExport({ requestId: id, format: "json" });
    const saved: Record<string, unknown>[] = [];
    const result = await executeAccessRequest({
      request: {
        id,
        type: "access",
        subjectId: jane.id,
        receivedById: null,
        verifiedById: null,
        approvedById: null,
        executedById: null,
        receivedAt: new Date(),
        verifiedAt: null,
        approvedAt: null,
        executionStartedAt: new Date(),
      },
      progress: { step: "export", exportId: abandoned.exportId },
      saveProgress: async (progress) => void saved.push(progress),
    });
    expect(result.outcome).toMatchObject({ found: true, counts: { identifiers: 3 } });
    expect(saved).toEqual([expect.objectContaining({ exportId: result.outcome.exportId })]);
    expect((await db.subjectExport.findUniqueOrThrow({ where: { id: abandoned.exportId } })).status).toBe(
      "deleted",
    );
    expect(
      (await db.subjectExport.findUniqueOrThrow({ where: { id: String(result.outcome.exportId) } })).format,
    ).toBe("json");
  });

  test("erasure deletes every export of the subject, and only theirs", async () => {
    const others = await createSubjectExport({ requestId: await newRequest(other.id), format: "json" });
    const live = await db.subjectExport.findMany({
      where: { request: { subjectId: jane.id }, status: { not: "deleted" } },
      select: { id: true },
    });
    expect(live.length).toBeGreaterThan(0);
    const { deleted } = await deleteSubjectExports(jane.id);
    expect(deleted).toBe(live.length);
    for (const { id } of live) {
      expect(existsSync(subjectExportPath(id))).toBe(false);
      expect((await download(id)).status).toBe(404);
    }
    expect((await db.subjectExport.findUniqueOrThrow({ where: { id: others.exportId } })).status).toBe(
      "complete",
    );
  });
});
