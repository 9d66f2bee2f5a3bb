// Audit export end to end, through the real route handlers on a real database: the streamed file
// and its signed manifest round-trip through the offline verifier; a changed byte, an edited
// manifest or the wrong key each fail naming the cause; filters, seals, personal data and the
// export's own audit event are what a compliance officer would expect.
import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import * as exportRoute from "@/app/api/v1/audit/export/route";
import * as exportCountRoute from "@/app/api/v1/audit/export/count/route";
import * as exportsRoute from "@/app/api/v1/audit/exports/route";
import * as manifestRoute from "@/app/api/v1/audit/exports/[id]/manifest/route";
import * as signingKeyRoute from "@/app/api/v1/audit/signing-key/route";
import { db } from "@/lib/db";
import { EXPORT_COLUMNS } from "@/lib/audit/export/export-columns";
import { verifyExport, type ExportVerification } from "@/lib/audit/export/verify-export";
import { countAuditEvents } from "@/lib/audit/search/query-audit-events";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { destroySubjectKey } from "@/lib/privacy/subject-keys";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { call, type ErrorBody } from "../../helpers/http";
import { auditRowsContaining, findAuditEvents } from "../../helpers/audit";
import {
  createTestKey,
  createTestUser,
  seedRoles,
  sessionCookieFor,
  uniqueName,
  type TestKey,
} from "../../helpers/fixtures";
import { exportToFiles, insertEvents, startExport } from "./export-fixtures";

let officer: TestKey;
let officerCreds: { apiKey: string };
const corr = uniqueName("export");
const person = `${uniqueName("pat")}@example.test`;
const actorEmail = `${uniqueName("olga")}@example.test`;

function check(result: ExportVerification, name: string) {
  return result.checks.find((c) => c.name === name);
}

beforeAll(async () => {
  await seedRoles();
  officer = await createTestKey(["compliance_officer"]);
  officerCreds = { apiKey: officer.secret };
  const meta = { correlationId: corr, ip: "198.51.100.7", userAgent: "export-test" };
  await insertEvents([
    {
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: "u-olga", label: actorEmail },
      meta,
    },
    {
      category: "user",
      action: "create",
      result: "success",
      actor: { type: "user", id: "u-olga", label: actorEmail },
      subject: { email: person, id: "u-pat", details: { name: "Pat Example" } },
      details: { roles: ["viewer"] },
      meta,
    },
    {
      category: "gateway",
      action: "tools/call",
      result: "failure",
      actor: { type: "api_key", id: "k-1", label: 'crm, "quoted"\nsecond line (ghk_x)' },
      serverId: "srv-1",
      tool: "crm/lookup",
      target: "crm/lookup",
      durationMs: 12,
      meta,
      details: { note: 'line one\nline two, with a comma and "quotes"' },
      payload: { query: "open tickets" },
    },
    {
      category: "auth",
      action: "sign_in",
      result: "failure",
      actor: { type: "anonymous", label: actorEmail },
      meta,
    },
  ]);
});

describe("CSV export round trip", () => {
  let saved: Awaited<ReturnType<typeof exportToFiles>>;

  beforeAll(async () => {
    saved = await exportToFiles({ format: "csv", correlationId: corr }, officerCreds);
  });

  test("streams a CSV download with the export's id and size in the headers", () => {
    expect(saved.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(saved.headers.get("content-disposition")).toMatch(
      /^attachment; filename="gatehouse-audit-\d{8}T\d{6}Z\.csv"$/,
    );
    expect(saved.headers.get("cache-control")).toBe("no-store");
    expect(saved.exportId).toMatch(/\w{10,}/);
    expect(saved.totalRows).toBe(4);
  });

  test("has a header row, one record per event (quoted fields keep their newlines) and decrypted people", () => {
    const text = saved.bytes.toString("utf8");
    expect(text.split("\n")[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(text).toContain(String.raw`"{""note"":""line one\nline two, with a comma and \""quotes\""""}"`);
    expect(text).toContain('"crm, ""quoted""\nsecond line (ghk_x)"');
    expect(text).toContain(actorEmail);
    expect(text).toContain(`""email"":""${person}""`);
    expect(text).toContain('""query"":""open tickets""');
  });

  test("the manifest describes the file, the filters and who exported it", () => {
    const ids = saved.manifest.events;
    expect(saved.manifest).toMatchObject({
      manifestVersion: 1,
      exportId: saved.exportId,
      file: { format: "csv", bytes: saved.bytes.length },
      rowCount: 4,
      filters: { correlationId: corr },
      timeRange: { from: null, to: null },
      generatedBy: { type: "api_key", id: officer.key.id },
      signature: { algorithm: "Ed25519" },
    });
    expect(ids.lastId! - ids.firstId!).toBe(3);
    expect(ids.snapshotMaxId).toBeGreaterThanOrEqual(ids.lastId!);
  });

  test("verifies offline, and the key is the one the server publishes", async () => {
    const key = await call<{ algorithm: string; publicKeyPem: string; fingerprint: string }>(
      signingKeyRoute.GET,
      "GET",
      "/api/v1/audit/signing-key",
      officerCreds,
    );
    expect(key.status).toBe(200);
    expect(key.body.fingerprint).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(saved.manifest.signature.keyFingerprint).toBe(key.body.fingerprint);

    const result = await verifyExport({
      filePath: saved.filePath,
      manifestPath: saved.manifestPath,
      publicKeyPem: key.body.publicKeyPem,
    });
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ["sha256", "pass"],
      ["bytes", "pass"],
      ["rows", "pass"],
      ["signature", "pass"],
      ["key", "pass"],
    ]);
    expect(result.isValid).toBe(true);
  });

  test("one changed byte fails the sha256 check, and says the file was changed", async () => {
    const bytes = Buffer.from(saved.bytes);
    const at = bytes.indexOf("sign_in");
    bytes[at] = "S".charCodeAt(0);
    writeFileSync(saved.filePath + ".tampered", bytes);
    const result = await verifyExport({
      filePath: saved.filePath + ".tampered",
      manifestPath: saved.manifestPath,
    });
    expect(result.isValid).toBe(false);
    expect(check(result, "sha256")).toMatchObject({
      status: "fail",
      message: expect.stringContaining("(the file was changed after export)"),
    });
    expect(check(result, "signature")?.status).toBe("pass");
  });

  test("a deleted record fails the row count too", async () => {
    const lines = saved.bytes.toString("utf8").split("\n");
    const withoutOne = lines.filter((line) => !line.includes(",auth,sign_in,failure,")).join("\n");
    writeFileSync(saved.filePath + ".short", withoutOne);
    const result = await verifyExport({
      filePath: saved.filePath + ".short",
      manifestPath: saved.manifestPath,
    });
    expect(check(result, "rows")).toMatchObject({ status: "fail", message: "file has 3, manifest says 4" });
  });

  test("editing the manifest's rowCount fails the signature", async () => {
    const edited = { ...saved.manifest, rowCount: saved.manifest.rowCount + 1 };
    writeFileSync(saved.manifestPath + ".edited", JSON.stringify(edited));
    const result = await verifyExport({
      filePath: saved.filePath,
      manifestPath: saved.manifestPath + ".edited",
    });
    expect(result.isValid).toBe(false);
    expect(check(result, "signature")).toMatchObject({
      status: "fail",
      message: "does not match the manifest's content (the manifest was edited)",
    });
    expect(check(result, "sha256")?.status).toBe("pass");
  });

  test("another public key fails the key check, naming both fingerprints", async () => {
    const other = generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }).toString();
    const result = await verifyExport({
      filePath: saved.filePath,
      manifestPath: saved.manifestPath,
      publicKeyPem: other,
    });
    expect(result.isValid).toBe(false);
    expect(check(result, "key")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(
        /^signed by ed25519:[0-9a-f]{16}, expected ed25519:[0-9a-f]{16} \(--public-key\)$/,
      ),
    });
  });

  test("without a key to compare with, the verifier passes and prints the fingerprint", async () => {
    const result = await verifyExport({ filePath: saved.filePath, manifestPath: saved.manifestPath });
    expect(result.isValid).toBe(true);
    expect(check(result, "key")).toMatchObject({
      status: "info",
      message: expect.stringContaining(saved.manifest.signature.keyFingerprint),
    });
  });

  test("the export is stored as complete and is itself an audit event", async () => {
    const row = await db.auditExport.findUniqueOrThrow({ where: { id: saved.exportId } });
    expect(row).toMatchObject({
      status: "complete",
      format: "csv",
      rowCount: 4,
      sha256: saved.manifest.file.sha256,
      createdById: officer.key.id,
    });
    expect(JSON.parse(row.manifest!)).toEqual(saved.manifest);

    const [event] = await findAuditEvents({ category: "audit", action: "export", target: saved.exportId });
    expect(event).toMatchObject({ result: "success", actorType: "api_key", actorId: officer.key.id });
    expect(event.details).toEqual({
      exportId: saved.exportId,
      format: "csv",
      rowCount: 4,
      sha256: saved.manifest.file.sha256,
      bytes: saved.bytes.length,
      filters: { correlationId: corr },
    });
  });

  test("the exports list shows it", async () => {
    const list = await call<{
      exports: {
        id: string;
        status: string;
        rowCount: number;
        fileName: string;
        createdBy: { label: string };
      }[];
    }>(exportsRoute.GET, "GET", "/api/v1/audit/exports", officerCreds);
    expect(list.status).toBe(200);
    expect(list.body.exports.find((e) => e.id === saved.exportId)).toMatchObject({
      status: "complete",
      rowCount: 4,
      fileName: saved.manifest.file.name,
      createdBy: { label: `${officer.key.name} (API key)` },
    });
  });
});

describe("JSONL export", () => {
  test("one JSON object per event with the export columns as keys, and it verifies", async () => {
    const saved = await exportToFiles({ format: "jsonl", correlationId: corr }, officerCreds);
    expect(saved.headers.get("content-type")).toBe("application/x-ndjson");
    expect(saved.headers.get("content-disposition")).toMatch(/\.jsonl"$/);
    const lines = saved.bytes
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(Object.keys(line)).toEqual([...EXPORT_COLUMNS]);
    expect(lines[1]).toMatchObject({
      actorLabel: actorEmail,
      subject: { email: person, name: "Pat Example" },
      details: { roles: ["viewer"] },
    });
    expect(lines[2]).toMatchObject({ payload: { query: "open tickets" }, durationMs: 12 });
    expect((await verifyExport({ filePath: saved.filePath, manifestPath: saved.manifestPath })).isValid).toBe(
      true,
    );
  });
});

describe("filters", () => {
  test("the file holds exactly what the search matches", async () => {
    const query = { correlationId: corr, category: "auth", result: "success,failure" };
    const saved = await exportToFiles({ format: "jsonl", ...query }, officerCreds);
    const expected = await countAuditEvents({
      correlationId: corr,
      category: ["auth"],
      result: ["success", "failure"],
    });
    expect(expected).toBe(2);
    expect(saved.manifest.rowCount).toBe(expected);
    expect(saved.manifest.filters).toEqual({
      correlationId: corr,
      category: ["auth"],
      result: ["success", "failure"],
    });
    const lines = saved.bytes
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { category: string });
    expect(lines.map((l) => l.category)).toEqual(["auth", "auth"]);
  });

  test("the dialog's count (GET /api/v1/audit/export/count) is what the export then holds", async () => {
    const count = await call<{ count: number }>(
      exportCountRoute.GET,
      "GET",
      `/api/v1/audit/export/count?correlationId=${corr}&result=success`,
      officerCreds,
    );
    expect(count).toMatchObject({ status: 200, body: { count: 2 } });
    const saved = await exportToFiles(
      { format: "csv", correlationId: corr, result: "success" },
      officerCreds,
    );
    expect(saved.totalRows).toBe(2);
    expect(saved.manifest.rowCount).toBe(2);
    const bad = await call<ErrorBody>(
      exportCountRoute.GET,
      "GET",
      "/api/v1/audit/export/count?result=maybe",
      officerCreds,
    );
    expect(bad.status).toBe(400);
  });

  test("a relative range is resolved to instants in the manifest", async () => {
    const before = Date.now();
    const saved = await exportToFiles({ format: "csv", range: "24h", correlationId: corr }, officerCreds);
    const from = Date.parse(saved.manifest.timeRange.from!);
    expect(from).toBeGreaterThanOrEqual(before - 86_400_000);
    expect(from).toBeLessThanOrEqual(Date.now() - 86_400_000);
    expect(saved.manifest.timeRange.to).toBeNull();
    expect(saved.manifest.filters).toEqual({ range: "24h", correlationId: corr });
    expect(saved.manifest.rowCount).toBe(4);
  });

  test("an empty result is a valid export with no rows", async () => {
    const saved = await exportToFiles({ format: "csv", correlationId: uniqueName("nothing") }, officerCreds);
    expect(saved.totalRows).toBe(0);
    expect(saved.bytes.toString("utf8")).toBe(EXPORT_COLUMNS.join(",") + "\n");
    expect(saved.manifest).toMatchObject({ rowCount: 0, events: { firstId: null, lastId: null } });
    expect((await verifyExport({ filePath: saved.filePath, manifestPath: saved.manifestPath })).isValid).toBe(
      true,
    );
  });

  test("a person filter is kept out of the export event's searchable details", async () => {
    const saved = await exportToFiles({ format: "csv", person }, officerCreds);
    expect(saved.manifest.rowCount).toBe(1);
    const [event] = await findAuditEvents({ category: "audit", action: "export", target: saved.exportId });
    expect(event.details).toMatchObject({
      filters: { person: expect.stringMatching(/^p\*\*\*@example\.test$/) },
    });
    expect(event.subject).toEqual({ email: person });
    expect((await auditRowsContaining(person)).filter((row) => row.category === "audit")).toEqual([]);
  });
});

describe("seals", () => {
  test("the manifest names the seals covering the exported events, and counts the rows sealed after them", async () => {
    const sealCorr = uniqueName("sealed");
    const event = (result: "success" | "failure") => ({
      category: "system" as const,
      action: "seal_probe",
      result,
      actor: { type: "system" as const },
      meta: { correlationId: sealCorr },
    });
    await insertEvents([event("success"), event("success")]);
    await sealPendingEvents({ maxEventsPerSeal: 1 });
    await insertEvents([event("failure"), event("failure"), event("failure")]);

    const saved = await exportToFiles({ format: "csv", correlationId: sealCorr }, officerCreds);
    const { firstId, lastId } = saved.manifest.events;
    const covering = await db.auditSeal.findMany({
      where: { fromId: { lte: lastId! }, toId: { gte: firstId! } },
      orderBy: { id: "asc" },
    });
    expect(covering.length).toBeGreaterThanOrEqual(2); // one event per seal: the two sealed events are in two seals
    const last = covering[covering.length - 1];
    expect(saved.manifest.seals).toEqual({
      fromSealId: covering[0].id,
      toSealId: last.id,
      sealedUpToEventId: last.toId,
      lastSealHash: last.hash,
      unsealedRows: 3,
    });

    await sealPendingEvents();
    const resealed = await exportToFiles({ format: "csv", correlationId: sealCorr }, officerCreds);
    expect(resealed.manifest.seals.unsealedRows).toBe(0);
    expect(resealed.manifest.seals.sealedUpToEventId).toBeGreaterThanOrEqual(lastId!);
  });
});

describe("personal data", () => {
  test("a destroyed subject key reads [erased] in a later export, and that export still verifies", async () => {
    const erasedPerson = `${uniqueName("eve")}@example.test`;
    const erasedCorr = uniqueName("erased");
    await insertEvents([
      {
        category: "user",
        action: "update",
        result: "success",
        actor: { type: "user", id: "u-eve", label: erasedPerson },
        subject: { email: erasedPerson },
        meta: { correlationId: erasedCorr },
      },
    ]);
    const before = await exportToFiles({ format: "jsonl", correlationId: erasedCorr }, officerCreds);
    expect(JSON.parse(before.bytes.toString("utf8"))).toMatchObject({
      actorLabel: erasedPerson,
      subject: { email: erasedPerson },
    });

    expect(await destroySubjectKey(subjectHashOf(erasedPerson))).not.toBeNull();
    const after = await exportToFiles({ format: "csv", correlationId: erasedCorr }, officerCreds);
    const text = after.bytes.toString("utf8");
    expect(text).not.toContain(erasedPerson);
    const record = text.split("\n")[1].split(",");
    expect(record[EXPORT_COLUMNS.indexOf("actorLabel")]).toBe("[erased]");
    expect(record[EXPORT_COLUMNS.indexOf("subject")]).toBe("[erased]");
    expect((await verifyExport({ filePath: after.filePath, manifestPath: after.manifestPath })).isValid).toBe(
      true,
    );
  });
});

describe("cancelled and refused exports", () => {
  test("a client that goes away leaves a failed export, audited as a failure, with no manifest", async () => {
    const { response, exportId } = await startExport({ format: "csv" }, officerCreds);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain("id,createdAt");
    await reader.cancel();

    const row = await db.auditExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row.status).toBe("failed");
    const [event] = await findAuditEvents({ category: "audit", action: "export", target: exportId });
    expect(event).toMatchObject({ result: "failure", actorId: officer.key.id });
    expect(event.details).toMatchObject({ exportId, reason: expect.stringContaining("cancelled") });

    const manifest = await call<ErrorBody>(
      manifestRoute.GET,
      "GET",
      `/api/v1/audit/exports/${exportId}/manifest`,
      { ...officerCreds, params: { id: exportId } },
    );
    expect(manifest.status).toBe(409);
    expect(manifest.body.error.code).toBe("conflict");
  });

  test("the manifest of a running export is 409, of an unknown one 404", async () => {
    const { response, exportId } = await startExport({ format: "jsonl" }, officerCreds);
    const running = await call<ErrorBody>(
      manifestRoute.GET,
      "GET",
      `/api/v1/audit/exports/${exportId}/manifest`,
      { ...officerCreds, params: { id: exportId } },
    );
    expect(running.status).toBe(409);
    expect(running.body.error.message).toContain("still running");
    await response.body!.cancel();

    const unknown = await call<ErrorBody>(manifestRoute.GET, "GET", "/api/v1/audit/exports/nope/manifest", {
      ...officerCreds,
      params: { id: "nope" },
    });
    expect(unknown.status).toBe(404);
  });

  test("bad parameters are 400 with the field named, before any export starts", async () => {
    const count = await db.auditExport.count();
    for (const [query, field] of [
      ["format=xml", "format"],
      ["category=nonsense", "category"],
      ["from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to"],
      ["limit=5", ""],
    ] as const) {
      const res = await call<ErrorBody>(
        exportRoute.GET,
        "GET",
        `/api/v1/audit/export?${query}`,
        officerCreds,
      );
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("invalid_input");
      if (field) expect(JSON.stringify(res.body.error.details)).toContain(field);
    }
    expect(await db.auditExport.count()).toBe(count);
  });

  test("auditors (no audit:export) are refused the export and the manifests, but may read the signing key", async () => {
    const auditor = await createTestUser(["auditor"]);
    const cookie = await sessionCookieFor(auditor.id);
    expect(
      (await call(exportRoute.GET, "GET", "/api/v1/audit/export?format=csv", { sessionCookie: cookie }))
        .status,
    ).toBe(403);
    expect(
      (await call(exportsRoute.GET, "GET", "/api/v1/audit/exports", { sessionCookie: cookie })).status,
    ).toBe(403);
    expect(
      (await call(signingKeyRoute.GET, "GET", "/api/v1/audit/signing-key", { sessionCookie: cookie })).status,
    ).toBe(200);
  });
});
