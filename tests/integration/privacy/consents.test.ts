// The consent ledger through REST and the gateway's runtime API: records are appended, the latest
// one per subject and purpose is in force, history stays, and the ledger cache sees a withdrawal at once.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import * as consents from "@/app/api/v1/consents/route";
import { consentFor, purposeLegalBasis } from "@/lib/privacy/consent/consent-ledger";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
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

type RecordBody = { record: ConsentRecordView } & ErrorBody;
type ListBody = { records: ConsentRecordView[]; nextCursor: number | null } & ErrorBody;

let officer: TestKey;

beforeAll(async () => {
  await seedRoles();
  officer = await createTestKey(["compliance_officer"], { name: "consent desk" });
});

function record(
  body: unknown,
  credentials: { apiKey?: string; sessionCookie?: string } = { apiKey: officer.secret },
) {
  return call<RecordBody>(consents.POST, "POST", "/api/v1/consents", { ...credentials, body });
}
function list(query: string) {
  return call<ListBody>(consents.GET, "GET", `/api/v1/consents?${query}`, { apiKey: officer.secret });
}

describe("recording consent", () => {
  test("by email creates the subject, records who recorded it, and audits the pseudonym only", async () => {
    const email = `${uniqueName("grant")}@example.com`;
    const res = await record({
      subject: { email },
      purpose: "marketing",
      decision: "granted",
      noticeVersion: "2026-01",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const subject = await findSubject({ kind: "email", value: email });
    expect(subject).not.toBeNull();
    expect(res.body.record).toMatchObject({
      subjectId: subject!.id,
      purpose: "marketing",
      decision: "granted",
      noticeVersion: "2026-01",
      source: "api",
      recordedBy: { type: "api_key", id: officer.key.id, label: `consent desk (${officer.key.prefix})` },
    });
    expect((await db.dataSubject.findUniqueOrThrow({ where: { id: subject!.id } })).source).toBe("api");

    const [event] = await findAuditEvents({
      category: "privacy",
      action: "consent_recorded",
      target: subject!.id,
    });
    expect(event.details).toEqual({
      subjectId: subject!.id,
      purpose: "marketing",
      decision: "granted",
      noticeVersion: "2026-01",
      source: "api",
    });
    expect(await auditRowsContaining(email)).toEqual([]);
  });

  test("from the console is source console, recorded by the user", async () => {
    const user = await createTestUser(["compliance_officer"]);
    const res = await record(
      { subject: { externalId: uniqueName("console") }, purpose: "analytics", decision: "granted" },
      { sessionCookie: await sessionCookieFor(user.id) },
    );
    expect(res.status).toBe(201);
    expect(res.body.record.source).toBe("console");
    expect(res.body.record.recordedBy).toEqual({ type: "user", id: user.id, label: user.email });
  });

  test("refuses an unknown purpose (400) before creating anyone, and an unknown pseudonym (404)", async () => {
    const externalId = uniqueName("nobody");
    const purpose = await record({
      subject: { externalId },
      purpose: "no_such_purpose",
      decision: "granted",
    });
    expect(purpose.status).toBe(400);
    expect(purpose.body.error.message).toMatch(/Unknown purpose/);
    expect(await findSubject({ kind: "external_id", value: externalId })).toBeNull();

    const missing = await record({
      subject: { id: "ds_notarealsubject" },
      purpose: "marketing",
      decision: "granted",
    });
    expect(missing.status).toBe(404);
    expect(
      (await record({ subject: { phone: "12" }, purpose: "marketing", decision: "granted" })).status,
    ).toBe(400);
    expect((await record({ subject: { externalId }, purpose: "marketing", decision: "maybe" })).status).toBe(
      400,
    );
  });
});

describe("withdrawing", () => {
  test("the latest record wins, history stays, and the ledger sees the withdrawal at once", async () => {
    const externalId = uniqueName("withdraw");
    const granted = await record({ subject: { externalId }, purpose: "pii_access", decision: "granted" });
    const id = granted.body.record.subjectId;
    // Warm the cache: the withdrawal must reach it without waiting for anything.
    expect(await consentFor(id, "pii_access")).toBe("granted");
    expect(await consentFor(id, "marketing")).toBeNull();

    const withdrawn = await record({ subject: { id }, purpose: "pii_access", decision: "withdrawn" });
    expect(withdrawn.status).toBe(201);
    expect(await consentFor(id, "pii_access")).toBe("withdrawn");

    const history = await list(`subjectId=${id}`);
    expect(history.body.records.map((r) => r.decision)).toEqual(["withdrawn", "granted"]);
    const current = await list(`subjectId=${id}&current=true`);
    expect(current.body.records.map((r) => [r.purpose, r.decision])).toEqual([["pii_access", "withdrawn"]]);
    expect((await list(`subjectId=${id}&current=true&decision=granted`)).body.records).toEqual([]);

    // Granted again: in force at once.
    await record({ subject: { id }, purpose: "pii_access", decision: "granted" });
    expect(await consentFor(id, "pii_access")).toBe("granted");
  });

  test("purposeLegalBasis knows every purpose, and null for none", async () => {
    expect(await purposeLegalBasis("essential")).toBe("contract");
    expect(await purposeLegalBasis("third_party")).toBe("consent");
    expect(await purposeLegalBasis("no_such_purpose")).toBeNull();
  });
});

describe("listing", () => {
  test("current=true keeps each subject's latest record per purpose across subjects; pages by cursor", async () => {
    const purpose = "third_party";
    const subjects = [uniqueName("a"), uniqueName("b"), uniqueName("c")];
    for (const externalId of subjects) {
      await record({ subject: { externalId }, purpose, decision: "granted" });
      await record({ subject: { externalId }, purpose, decision: "withdrawn" });
    }
    await record({ subject: { externalId: subjects[0] }, purpose, decision: "granted" });

    const current = await list(`purpose=${purpose}&current=true`);
    expect(current.body.records.map((r) => r.decision)).toEqual(["granted", "withdrawn", "withdrawn"]);
    expect(new Set(current.body.records.map((r) => r.subjectId)).size).toBe(3);
    expect((await list(`purpose=${purpose}&current=true&decision=withdrawn`)).body.records).toHaveLength(2);

    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const page: ListBody = (await list(`purpose=${purpose}&limit=3${cursor ? `&cursor=${cursor}` : ""}`))
        .body;
      seen.push(...page.records.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...seen].sort((x, y) => y - x));

    const currentPage = await list(`purpose=${purpose}&current=true&limit=2`);
    expect(currentPage.body.records).toHaveLength(2);
    const rest = await list(`purpose=${purpose}&current=true&limit=2&cursor=${currentPage.body.nextCursor}`);
    expect(rest.body.records).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
  });
});
