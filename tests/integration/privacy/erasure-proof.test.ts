// Issue 12, "The proof": one person with a console account, consents, sign-ins from their IP and
// 1,000 gateway calls naming them, and a second person who stays. After the erasure nothing in the
// database (the SQLite file after a WAL checkpoint, or pg_dump's output) holds the erased person's
// email, phone, name or IP in any form; the other person's data all still reads; the audit chain
// verifies and its seals up to the erasure are unchanged; the certificate verifies, a tampered one
// does not.
//
// The assertions marked "[audit work]" hold only with the audit trail's pseudonymous rows (no keyed
// hash, ip / user agent under the person's key) and the legacy redaction wired into the erasure
// (lib/privacy/erasure/erasure-deps.ts): without them the byte search finds the IP and the person
// search still matches the legacy rows seeded here by keyed hash.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordEvent } from "@/lib/audit/record-event";
import { eventHash, payloadDigestOf } from "@/lib/audit/event-hash";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { toEventViews } from "@/lib/audit/event-view";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { startAuditExport } from "@/lib/audit/export/start-audit-export";
import { verifyManifestSignature } from "@/lib/audit/export/verify-manifest-signature";
import { readManifest } from "@/lib/audit/export/read-manifest";
import { createLegalHold } from "@/lib/audit/retention/create-legal-hold";
import { releaseLegalHold } from "@/lib/audit/retention/release-legal-hold";
import { enableSqliteWal } from "@/lib/bootstrap/enable-sqlite-wal";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { authenticateApiKey } from "@/lib/auth/authenticate-api-key";
import { loadUserPrincipal } from "@/lib/auth/session-principal";
import { startUserSession } from "@/lib/auth/start-user-session";
import { createUser } from "@/lib/users/create-user";
import { createApiKey } from "@/lib/keys/create-api-key";
import { recordConsent } from "@/lib/privacy/consent/record-consent";
import { registerSubject } from "@/lib/privacy/subjects/register-subject";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { encryptPersonal, ERASED } from "@/lib/privacy/personal-cipher";
import { subjectKeyFor } from "@/lib/privacy/subject-keys";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { findTokenValues, flushTokenVault } from "@/lib/privacy/policies/token-vault";
import * as requestsRoute from "@/app/api/v1/privacy/requests/route";
import * as verifyRoute from "@/app/api/v1/privacy/requests/[id]/verify/route";
import * as approveRoute from "@/app/api/v1/privacy/requests/[id]/approve/route";
import * as executeRoute from "@/app/api/v1/privacy/requests/[id]/execute/route";
import { whenRunSettles } from "@/lib/privacy/requests/run-request";
import { verifyErasureCertificate } from "@/lib/privacy/erasure/verify-erasure-certificate";
import type { ErasureCertificate } from "@/lib/privacy/erasure/erasure-certificate";
import type { ExecutionResult } from "@/lib/privacy/requests/execution-types";
import { privacyVerifyCertificateCommand } from "@/cli/privacy-verify-certificate-command";
import * as certificateRoute from "@/app/api/v1/privacy/requests/[id]/certificate/route";
import * as auditEvents from "@/app/api/v1/audit/events/route";
import * as subjects from "@/app/api/v1/privacy/subjects/route";
import { call, type RouteHandler } from "../../helpers/http";
import { createTestKey, createTestUser, seedRoles, uniqueName } from "../../helpers/fixtures";
import { createExecutingErasure, newRequestId } from "./erasure-fixtures";

const run = promisify(execFile);
const system = { principal: null, actor: { type: "system" as const } };
const GATEWAY_CALLS = 1000;
const OTHER_PERSON_CALLS = 50;

type Person = {
  email: string;
  /** as typed into forms and arguments, and its E.164 form */
  phone: string;
  phoneE164: string;
  name: string;
  ip: string;
  userAgent: string;
  password: string;
  userId: string;
  subjectId: string;
  keyId: string;
  apiKeySecret: string;
  sessionId: string;
  exportId: string;
};

let erased: Person;
let kept: Person;
let auditor = "";
let requestId = "";
let result: ExecutionResult;
let sealsBefore: { id: number; hash: string; fromId: number; toId: number }[] = [];
let consentsBefore = 0;
let auditExportId = "";

const LEGACY_ROWS = 4;

/**
 * Rows as the trail wrote them before pseudonyms: the person by keyed hash of their email
 * (actorHash, subjectHash), their user id as subjectId, ip and user agent in plain, hashed as
 * gatehouse-audit-v1. The erasure must reach these too (redaction before the shred).
 */
async function insertLegacyRows(email: string, userId: string, ip: string, userAgent: string) {
  const hash = subjectHashOf(email);
  const key = await subjectKeyFor(hash);
  const rows = Array.from({ length: LEGACY_ROWS }, (_, n) => {
    const isSignIn = n % 2 === 0;
    const payload = isSignIn ? null : encryptPersonal(key, { to: email, n });
    const fields = {
      createdAt: new Date(Date.now() - 86_400_000 * (30 - n)),
      category: isSignIn ? "auth" : "gateway",
      action: isSignIn ? "sign_in" : "tools/call",
      result: "success",
      actorType: isSignIn ? "user" : "system",
      actorId: isSignIn ? userId : null,
      actorLabel: isSignIn ? encryptPersonal(key, email) : null,
      actorHash: isSignIn ? hash : null,
      actorSubjectId: null,
      subjectId: isSignIn ? null : userId,
      subjectHash: isSignIn ? null : hash,
      personal: isSignIn ? null : encryptPersonal(key, { email }),
      serverId: null,
      tool: null,
      target: null,
      correlationId: uniqueName("legacy"),
      ip,
      userAgent,
      durationMs: null,
      details: { legacy: true },
      payload,
      payloadDigest: payload === null ? null : payloadDigestOf(payload),
    };
    return { ...fields, hash: eventHash(fields) };
  });
  await insertAuditRows(rows);
}

async function seedPerson(label: string, phone: string, phoneE164: string, ip: string, calls: number) {
  const email = `${uniqueName(label)}@example.test`;
  const name = `${label === "erin" ? "Erin Quarrington" : "Kit Marlowe"} ${uniqueName("n")}`;
  const password = `pw-${uniqueName("secret")}-long`;
  const userAgent = `Mozilla/5.0 (${label}-laptop)`;
  const user = await createUser({ email, name, password, roles: ["viewer"] }, system);
  const { subject } = await registerSubject({ email, phone }, system);
  const { keyId } = await db.dataSubject.findUniqueOrThrow({ where: { id: subject.id } });
  for (const purpose of ["marketing", "analytics"])
    await recordConsent({ subject: { id: subject.id }, purpose, decision: "granted" }, system);

  // Sign-ins from their address, through the real sign-in path.
  for (let i = 0; i < 3; i++) {
    const outcome = await signInWithPassword(email, password, { ip, userAgent });
    expect(outcome.ok).toBe(true);
  }
  await insertLegacyRows(email, user.id, ip, userAgent);
  const sessionId = await startUserSession(user.id);
  const key = await createApiKey(
    { name: uniqueName("own-key"), roles: ["viewer"] },
    { ...system, ownerEmail: email },
  );

  // Gateway calls about them, recorded as the gateway does: the pseudonym names them, and the
  // arguments (here with the masked result) are stored under their key.
  const agent = await createTestKey(["service"]);
  const actor = { type: "api_key" as const, id: agent.key.id, label: `agent (${agent.key.prefix})` };
  for (let start = 0; start < calls; start += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, calls - start) }, (_, i) =>
        recordEvent({
          category: "gateway",
          action: "tools/call",
          result: "success",
          actor,
          tool: "crm/find_customer",
          target: "crm/find_customer",
          durationMs: 3,
          details: { outcome: "success" },
          dataSubject: { id: subject.id, keyId },
          payload: {
            arguments: { email, phone, call: start + i },
            result: { customer: { name, email, phone: phoneE164, lastSeenFrom: ip } },
          },
          meta: { ip: "192.0.2.10", userAgent: "agent/1.0", correlationId: uniqueName("call") },
        }),
      ),
    );
  }

  // Masked results tokenized their email, phone and name into the vault.
  const masking = createMaskingContext();
  masking.tokenFor("email", email);
  masking.tokenFor("phone", phoneE164);
  masking.tokenFor("custom", name);
  await flushTokenVault();

  // An earlier access request left an export file.
  const access = await db.privacyRequest.create({
    data: {
      id: newRequestId(),
      type: "access",
      state: "completed",
      subjectId: subject.id,
      identifierKind: "email",
      identifierHint: "x***@example.test",
      initialDueAt: new Date(Date.now() + 86_400_000),
      dueAt: new Date(Date.now() + 86_400_000),
    },
  });
  const exportId = `dsx_${uniqueName("x").replace("-", "")}`;
  await db.subjectExport.create({
    data: {
      id: exportId,
      requestId: access.id,
      format: "json",
      status: "complete",
      wrappedKey: "v1.wrapped-file-key",
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await mkdir(path.join(env.dataDir, "subject-exports"), { recursive: true });
  await writeFile(exportFile(exportId), Buffer.from("encrypted export bytes"));

  return {
    email,
    phone,
    phoneE164,
    name,
    ip,
    userAgent,
    password,
    userId: user.id,
    subjectId: subject.id,
    keyId,
    apiKeySecret: key.secret,
    sessionId,
    exportId,
  };
}

function exportFile(exportId: string): string {
  return path.join(env.dataDir, "subject-exports", `${exportId}.gcm`);
}

/** Every way a value may sit in the bytes: as is, JSON-escaped, and with every symbol \u-escaped. */
function formsOf(value: string): string[] {
  const unicode = value.replace(
    /[^A-Za-z0-9]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return [...new Set([value, JSON.stringify(value).slice(1, -1), unicode])];
}

function needlesOf(person: Person): Record<string, string[]> {
  return {
    email: formsOf(person.email),
    phone: [...formsOf(person.phone), ...formsOf(person.phoneE164), person.phoneE164.slice(2)],
    name: formsOf(person.name),
    ip: formsOf(person.ip),
  };
}

/** The database as bytes: the SQLite file (and WAL) after a checkpoint, or a pg_dump of it. */
async function databaseBytes(): Promise<Buffer> {
  const url = process.env.DATABASE_URL ?? "";
  if (env.isPostgres) {
    const { stdout } = await run("pg_dump", ["--no-owner", url], {
      encoding: "buffer",
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  }
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  const file = url.replace(/^file:/, "");
  const parts = [readFileSync(file)];
  if (existsSync(`${file}-wal`)) parts.push(readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}

function found(bytes: Buffer, needles: Record<string, string[]>): string[] {
  return Object.entries(needles).flatMap(([kind, forms]) =>
    forms.filter((form) => bytes.includes(Buffer.from(form, "utf8"))).map((form) => `${kind}: ${form}`),
  );
}

async function eventsAbout(person: Person) {
  return db.auditEvent.findMany({
    where: { OR: [{ subjectId: { in: [person.subjectId, person.userId] } }, { actorId: person.userId }] },
    orderBy: { id: "asc" },
  });
}

beforeAll(async () => {
  await enableSqliteWal();
  await seedRoles();
  auditor = (await createTestKey(["auditor"])).secret;
  erased = await seedPerson("erin", "+1 202-555-0147", "+12025550147", "203.0.113.47", GATEWAY_CALLS);
  kept = await seedPerson("kit", "+1 202-555-0168", "+12025550168", "198.51.100.68", OTHER_PERSON_CALLS);
  // A hold on the person, released before the erasure was approved.
  const hold = await createLegalHold(
    { reason: "Litigation, now settled", subjectEmail: erased.email },
    system,
  );
  await releaseLegalHold(hold.id, system);
  consentsBefore = await db.consentRecord.count({ where: { subjectId: erased.subjectId } });
  // An audit export of their events, made by them (a compliance officer exporting about themself):
  // its filters and signed manifest hold their address.
  const exported = await startAuditExport(
    { format: "jsonl", filters: { person: erased.email } },
    { principal: null, actor: { type: "user", id: erased.userId, label: erased.email } },
  );
  await new Response(exported.body).arrayBuffer();
  auditExportId = exported.exportId;

  // Before the erasure: everything is in the database, and the chain is sealed.
  expect(found(await databaseBytes(), needlesOf(erased))).not.toEqual([]);
  await sealPendingEvents();
  sealsBefore = await db.auditSeal.findMany({
    orderBy: { id: "asc" },
    select: { id: true, hash: true, fromId: true, toId: true },
  });
  expect(sealsBefore.length).toBeGreaterThan(0);

  // The whole workflow through the REST API: an auditor receives and verifies; an admin approves
  // and executes (the person's console account holds viewer's capabilities, which an auditor does
  // not: privilege containment). The job runs in the background under its lease.
  const receiver = await createTestUser(["auditor"]);
  const approver = await createTestUser(["admin"]);
  const receiverKey = (await createTestKey(["auditor"], { ownerEmail: receiver.email })).secret;
  const approverKey = (await createTestKey(["admin"], { ownerEmail: approver.email })).secret;
  const received = await call<{ request: { id: string } }>(
    requestsRoute.POST,
    "POST",
    "/api/v1/privacy/requests",
    {
      apiKey: receiverKey,
      body: { type: "erasure", identifier: { kind: "email", value: erased.email.toUpperCase() } },
    },
  );
  expect(received.status, JSON.stringify(received.body)).toBe(201);
  requestId = received.body.request.id;
  const step = async (route: { POST: RouteHandler }, name: string, apiKey: string, body?: unknown) => {
    const result = await call(route.POST, "POST", `/api/v1/privacy/requests/${requestId}/${name}`, {
      apiKey,
      params: { id: requestId },
      ...(body === undefined ? {} : { body }),
    });
    expect(result.status, `${name}: ${JSON.stringify(result.body)}`).toBe(200);
  };
  await step(verifyRoute, "verify", receiverKey, {
    method: "email_reply",
    reference: "Reply from the address",
  });
  await step(approveRoute, "approve", approverKey);
  await step(executeRoute, "execute", approverKey);
  await whenRunSettles(requestId);
  const done = await db.privacyRequest.findUniqueOrThrow({ where: { id: requestId } });
  expect(done).toMatchObject({ state: "completed", failure: null });
  const outcome = done.outcome;
  if (outcome === null || typeof outcome !== "object" || Array.isArray(outcome) || !done.certificate)
    throw new Error("The erasure left no outcome or certificate");
  result = { outcome: { ...outcome }, certificate: done.certificate };
}, 240_000);

describe("after the erasure, nothing in the database identifies the person", () => {
  test("a byte search of the whole database finds none of their email, phone, name or IP", async () => {
    const bytes = await databaseBytes();
    // [audit work] the IP: sign-in rows keep it in plain until ip/user agent go under the subject key.
    expect(found(bytes, needlesOf(erased))).toEqual([]);
  });

  test("no keyed hash of their email survives in event rows", async () => {
    const hash = subjectHashOf(erased.email);
    // [audit work] legacy rows lose actorHash/subjectHash in redactLegacyEvents (and new rows never get them).
    expect(await db.auditEvent.count({ where: { OR: [{ actorHash: hash }, { subjectHash: hash }] } })).toBe(
      0,
    );
    expect(Number(result.outcome.legacyEventsRedacted)).toBeGreaterThanOrEqual(LEGACY_ROWS);
    expect(await db.subjectKey.count({ where: { subjectHash: hash } })).toBe(0);
    expect(await db.legalHold.count({ where: { subjectHash: hash } })).toBe(0);
  });

  test("searching by their email finds no subject and no event", async () => {
    expect(await findSubject({ kind: "email", value: erased.email })).toBeNull();
    expect(await findSubject({ kind: "phone", value: erased.phone })).toBeNull();
    const registry = await call<{ subjects: unknown[] }>(
      subjects.GET,
      "GET",
      `/api/v1/privacy/subjects?email=${encodeURIComponent(erased.email)}`,
      { apiKey: auditor },
    );
    expect(registry.status).toBe(200);
    expect(registry.body.subjects).toEqual([]);
    const search = await call<{ events: unknown[] }>(
      auditEvents.GET,
      "GET",
      `/api/v1/audit/events?person=${encodeURIComponent(erased.email)}`,
      { apiKey: auditor },
    );
    expect(search.status).toBe(200);
    // [audit work] until legacy keyed hashes are gone from event rows, the person search still matches by hash.
    expect(search.body.events).toEqual([]);
  });

  test("their events stay, under the pseudonym, and read as erased", async () => {
    const rows = await eventsAbout(erased);
    expect(rows.length).toBeGreaterThanOrEqual(GATEWAY_CALLS);
    const views = await toEventViews(rows);
    const calls = views.filter((v) => v.action === "tools/call");
    expect(calls).toHaveLength(GATEWAY_CALLS + LEGACY_ROWS / 2);
    expect(calls.every((v) => v.payload === ERASED)).toBe(true);
    expect(calls.filter((v) => v.subjectId === erased.subjectId).length).toBeGreaterThanOrEqual(
      GATEWAY_CALLS,
    );
    const signIns = views.filter((v) => v.action === "sign_in");
    expect(signIns.length).toBe(3 + LEGACY_ROWS / 2);
    expect(signIns.every((v) => v.actor.label === ERASED)).toBe(true);
  });

  test("their account is disabled and scrubbed, its sessions and keys stop at once", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: erased.userId }, include: { roles: true } });
    expect(user).toMatchObject({
      email: `erased+${erased.userId}@erased.invalid`,
      name: null,
      passwordHash: null,
      oidcSubject: null,
      isDisabled: true,
    });
    expect(user.roles).toEqual([]);
    expect(
      await loadUserPrincipal({ userId: erased.userId, sessionVersion: 0, sessionId: erased.sessionId }),
    ).toBeNull();
    expect(
      await loadUserPrincipal({
        userId: erased.userId,
        sessionVersion: user.sessionVersion,
        sessionId: erased.sessionId,
      }),
    ).toBeNull();
    expect(await authenticateApiKey(erased.apiKeySecret)).toMatchObject({ ok: false });
    expect((await signInWithPassword(erased.email, erased.password, { ip: "127.0.0.1" })).ok).toBe(false);
  });

  test("consent records stay, without identity; exports and vault values are gone", async () => {
    expect(await db.consentRecord.count({ where: { subjectId: erased.subjectId } })).toBe(consentsBefore);
    expect(await db.subjectIdentifier.count({ where: { subjectId: erased.subjectId } })).toBe(0);
    expect(await db.subjectExport.findUnique({ where: { id: erased.exportId } })).toMatchObject({
      status: "deleted",
      wrappedKey: null,
    });
    expect(existsSync(exportFile(erased.exportId))).toBe(false);
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.identifierHint).toBe(ERASED);
    expect(request.verificationReference).toBeNull();
    const key = await db.subjectKey.findUniqueOrThrow({ where: { id: erased.keyId } });
    expect(key.wrappedKey).toBeNull();
    expect(key.destroyedAt).not.toBeNull();
  });

  test("an audit export about them keeps its file facts, without their address, signed again", async () => {
    const row = await db.auditExport.findUniqueOrThrow({ where: { id: auditExportId } });
    expect(row.filters).toMatchObject({ person: ERASED });
    const read = readManifest(row.manifest!);
    if ("problem" in read) throw new Error(read.problem);
    expect(read.manifest).toMatchObject({ filters: { person: ERASED }, generatedBy: { label: ERASED } });
    expect(verifyManifestSignature(read.manifest)).toMatchObject({ isValid: true });
  });

  test("the outcome counts every kind", () => {
    expect(result.outcome).toMatchObject({
      identifiersDeleted: 2,
      vaultTokensDeleted: 3,
      accountsScrubbed: 1,
      sessionsEnded: 1,
      rolesRemoved: 1,
      apiKeysRevoked: 1,
      exportsDeleted: 1,
      auditExportsScrubbed: 1,
      requestsAnonymized: 2,
      legalHoldsAnonymized: 1,
      legalHoldsReleased: 1,
      consentRecordsKept: consentsBefore,
    });
    expect(Number(result.outcome.auditEvents)).toBeGreaterThanOrEqual(GATEWAY_CALLS + 3 + LEGACY_ROWS);
    expect(Number(result.outcome.subjectKeysDestroyed)).toBeGreaterThanOrEqual(1);
  });

  test("the erasure's own audit events name ids only", async () => {
    const scrubbed = await db.auditEvent.findMany({ where: { action: "erasure.account_scrubbed" } });
    expect(scrubbed.map((e) => e.target)).toEqual([erased.userId]);
    const destroyed = await db.auditEvent.findMany({ where: { action: "erasure.key_destroyed" } });
    expect(destroyed.map((e) => e.details)).toContainEqual({ keyId: erased.keyId, requestId });
  });
});

describe("the other person's data is all still there and readable", () => {
  test("their account, vault values and export stay", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: kept.userId } });
    expect(user).toMatchObject({ email: kept.email, name: kept.name, isDisabled: false });
    expect(await authenticateApiKey(kept.apiKeySecret)).toMatchObject({ ok: true });
    const vault = await db.privacyToken.findMany();
    const values = [...(await findTokenValues(vault.map((t) => t.token))).values()].map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([kept.email, kept.phoneE164, kept.name]));
    expect(values).not.toContain(erased.email);
    expect(existsSync(exportFile(kept.exportId))).toBe(true);
    expect(await findSubject({ kind: "email", value: kept.email })).not.toBeNull();
  });

  test("their events read in full through the event view: email, phone, name and IP", async () => {
    const views = await toEventViews(await eventsAbout(kept));
    const calls = views.filter((v) => v.action === "tools/call");
    expect(calls).toHaveLength(OTHER_PERSON_CALLS + LEGACY_ROWS / 2);
    const text = JSON.stringify(calls.map((v) => v.payload));
    for (const value of [kept.email, kept.phone, kept.phoneE164, kept.name, kept.ip])
      expect(text).toContain(value);
    const signIns = views.filter((v) => v.action === "sign_in");
    expect(signIns).toHaveLength(3 + LEGACY_ROWS / 2);
    for (const signIn of signIns)
      expect(signIn).toMatchObject({ actor: { label: kept.email }, ip: kept.ip, userAgent: kept.userAgent });
  });
});

describe("the audit trail still verifies", () => {
  test("verification passes after the erasure, and the seals up to it are unchanged", async () => {
    await sealPendingEvents();
    const verification = await verifyAuditChain();
    expect(verification.problem).toBeNull();
    expect(verification.ok).toBe(true);
    const seals = await db.auditSeal.findMany({
      where: { id: { lte: sealsBefore[sealsBefore.length - 1].id } },
      orderBy: { id: "asc" },
      select: { id: true, hash: true, fromId: true, toId: true },
    });
    expect(seals).toEqual(sealsBefore);
  });
});

describe("the certificate", () => {
  test("is signed, names the chain's last seal and people by id, and holds nothing personal", () => {
    const verification = verifyErasureCertificate(result.certificate!);
    expect(verification.isValid).toBe(true);
    const certificate: ErasureCertificate = JSON.parse(result.certificate!);
    const lastSeal = sealsBefore[sealsBefore.length - 1];
    expect(certificate).toMatchObject({
      format: "gatehouse-erasure-certificate-v1",
      requestId,
      subjectId: erased.subjectId,
      auditChain: {
        lastSealId: lastSeal.id,
        lastSealHash: lastSeal.hash,
        sealedThroughEventId: lastSeal.toId,
      },
      erased: {
        auditEventsUnreadable: result.outcome.auditEvents,
        accountsScrubbed: 1,
        identifiersDeleted: 2,
      },
    });
    expect(certificate.kept.map((k) => k.kind)).toEqual(
      expect.arrayContaining(["audit_events", "consent_records", "legal_holds"]),
    );
    expect(certificate.kept.find((k) => k.kind === "audit_events")?.ground).toMatch(/Art\. 17\(3\)\(b\)/);
    expect(Object.values(certificate.people).every((id) => id === null || !id.includes("@"))).toBe(true);
    expect(found(Buffer.from(result.certificate!), needlesOf(erased))).toEqual([]);
  });

  test("a tampered certificate does not verify", () => {
    const certificate: ErasureCertificate = JSON.parse(result.certificate!);
    certificate.erased.auditEventsUnreadable -= 1;
    const verification = verifyErasureCertificate(JSON.stringify(certificate));
    expect(verification).toMatchObject({ isValid: false });
    expect(verifyErasureCertificate("{not json")).toMatchObject({ isValid: false });
  });

  test("`privacy verify-certificate` exits 0 for it and 1 for a tampered copy, offline", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "erasure-certificate-"));
    const good = path.join(dir, "good.json");
    const bad = path.join(dir, "bad.json");
    await writeFile(good, result.certificate!);
    await writeFile(bad, result.certificate!.replace(`"accountsScrubbed": 1`, `"accountsScrubbed": 0`));
    expect(await privacyVerifyCertificateCommand.run({}, [good])).toBe(0);
    expect(await privacyVerifyCertificateCommand.run({}, [bad])).toBe(1);
  });

  test("downloads from GET /api/v1/privacy/requests/[id]/certificate; 404 for a request without one", async () => {
    const res = await call<string>(
      certificateRoute.GET,
      "GET",
      `/api/v1/privacy/requests/${requestId}/certificate`,
      {
        apiKey: auditor,
        params: { id: requestId },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="erasure-certificate-${requestId}.json"`,
    );
    expect(verifyErasureCertificate(JSON.stringify(res.body)).isValid).toBe(true);

    const pending = await createExecutingErasure(kept.subjectId);
    for (const id of [pending.id, "dsr_nosuchrequest0000"]) {
      const missing = await call(certificateRoute.GET, "GET", `/api/v1/privacy/requests/${id}/certificate`, {
        apiKey: auditor,
        params: { id },
      });
      expect(missing.status).toBe(404);
    }
  });
});
