// Data subjects through the REST handlers and the runtime API the gateway uses: identifiers are
// stored only as keyed hashes and ciphertext, found again by exact value only, never merged.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import * as subjects from "@/app/api/v1/privacy/subjects/route";
import * as subjectById from "@/app/api/v1/privacy/subjects/[id]/route";
import * as consents from "@/app/api/v1/consents/route";
import { announceChange } from "@/lib/cache/change-feed";
import { recordEvent } from "@/lib/audit/record-event";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { findSubject, resolveSubject, subjectRefById } from "@/lib/privacy/subjects/resolve-subject";
import type { SubjectDetailView, SubjectView } from "@/lib/privacy/subjects/subject-view-type";
import { call, type ErrorBody } from "../../helpers/http";
import { auditRowsContaining, findAuditEvents } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";

type SubjectBody = { subject: SubjectView } & ErrorBody;
type PageBody = { subjects: SubjectView[]; nextCursor: string | null } & ErrorBody;

let officer = "";

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
});

function register(body: unknown) {
  return call<SubjectBody>(subjects.POST, "POST", "/api/v1/privacy/subjects", { apiKey: officer, body });
}

function search(query: string) {
  return call<PageBody>(subjects.GET, "GET", `/api/v1/privacy/subjects?${query}`, { apiKey: officer });
}

/** A phone number of its own per test (valid US numbers: 202-555-01xx). */
let phoneCounter = 10;
function freshPhone(): { national: string; e164: string } {
  const last = String(phoneCounter++).padStart(2, "0");
  return { national: `(202) 555-01${last}`, e164: `+120255501${last}` };
}

describe("registering a subject", () => {
  test("stores identifiers only as hashes and ciphertext, shows them masked, and a second call finds the same person", async () => {
    const email = `${uniqueName("jane")}@example.com`;
    const phone = freshPhone();
    const externalId = uniqueName("cust");
    const first = await register({ email: email.toUpperCase(), phone: phone.national, externalId });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const subject = first.body.subject;
    expect(subject.id).toMatch(/^ds_[A-Za-z0-9_-]{16}$/);
    expect(subject.source).toBe("api");
    expect(subject.identifiers.map((i) => [i.kind, i.masked])).toEqual([
      ["email", "j***@example.com"],
      ["phone", `***-***-${phone.e164.slice(-4)}`],
      ["external_id", `${externalId.slice(0, 2)}***`],
    ]);

    const again = await register({ email });
    expect(again.status).toBe(200);
    expect(again.body.subject.id).toBe(subject.id);
    expect(again.body.subject.identifiers).toHaveLength(3);

    // Neither the registry's rows nor the audit trail hold any identifier in plaintext.
    const stored = JSON.stringify([
      await db.dataSubject.findMany({ where: { id: subject.id } }),
      await db.subjectIdentifier.findMany({ where: { subjectId: subject.id } }),
    ]);
    expect(stored).toContain(subject.id);
    for (const plain of [email, email.toUpperCase(), phone.e164, phone.national, externalId]) {
      expect(stored).not.toContain(plain);
      expect(await auditRowsContaining(plain)).toEqual([]);
    }
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "subject_registered",
      target: subject.id,
    });
    expect(event.subjectId).toBe(subject.id);
    expect(event.details).toMatchObject({ subjectId: subject.id, isNew: true });
  });

  test("the email identifier's hash is the audit trail's subject hash", async () => {
    const email = `${uniqueName("hash")}@example.com`;
    const { body } = await register({ email });
    const row = await db.subjectIdentifier.findFirstOrThrow({ where: { subjectId: body.subject.id } });
    expect(row.hash).toBe(subjectHashOf(email));
    expect(row.ciphertext).toMatch(/^pd1\./);
  });

  test("adds missing identifiers to the person an identifier names", async () => {
    const email = `${uniqueName("add")}@example.com`;
    const created = await register({ email });
    const externalId = uniqueName("later");
    const added = await register({ email, externalId });
    expect(added.status).toBe(200);
    expect(added.body.subject.id).toBe(created.body.subject.id);
    expect((await search(`externalId=${externalId}`)).body.subjects.map((s) => s.id)).toEqual([
      created.body.subject.id,
    ]);
  });

  test("identifiers of two different people are a conflict, not a merge, and the message names none of them", async () => {
    const email = `${uniqueName("one")}@example.com`;
    const externalId = uniqueName("two");
    const a = await register({ email });
    const b = await register({ externalId });
    const both = await register({ email, externalId });
    expect(both.status).toBe(409);
    expect(both.body.error.code).toBe("conflict");
    expect(both.body.error.message).toMatch(/different data subjects/);
    expect(both.body.error.message).not.toContain(email);
    expect(both.body.error.message).not.toContain(externalId);
    expect(await db.subjectIdentifier.count({ where: { subjectId: a.body.subject.id } })).toBe(1);
    expect(await db.subjectIdentifier.count({ where: { subjectId: b.body.subject.id } })).toBe(1);
  });

  test("refuses an invalid phone number (400) without echoing it, and an empty body", async () => {
    const bad = await register({ phone: "555-0000-999" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).not.toContain("555-0000-999");
    expect((await register({})).status).toBe(400);
  });
});

describe("searching", () => {
  test("matches exactly: any spelling of the same value, never a part of it", async () => {
    const email = `${uniqueName("exact")}@example.com`;
    const phone = freshPhone();
    const { body } = await register({ email, phone: phone.e164 });
    const id = body.subject.id;

    expect(
      (await search(`email=${encodeURIComponent(`  ${email.toUpperCase()} `)}`)).body.subjects.map(
        (s) => s.id,
      ),
    ).toEqual([id]);
    expect(
      (await search(`phone=${encodeURIComponent(phone.national)}`)).body.subjects.map((s) => s.id),
    ).toEqual([id]);
    expect((await search(`email=${encodeURIComponent(email.slice(0, -4))}`)).body.subjects).toEqual([]);
    expect((await search(`email=${encodeURIComponent(email.split("@")[0])}`)).body.subjects).toEqual([]);
    expect((await search("phone=not-a-phone")).body.subjects).toEqual([]);
    expect((await search(`email=${encodeURIComponent(email)}&externalId=x`)).status).toBe(400);
  });

  test("without an identifier lists subjects newest first, a page at a time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await register({ externalId: uniqueName("page") })).body.subject.id);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await search(
        `limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.subjects.length).toBeLessThanOrEqual(2);
      all.push(...page.body.subjects.map((s) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(await db.dataSubject.count());
    expect(new Set(all).size).toBe(all.length);
    expect(ids.every((id) => all.includes(id))).toBe(true);
    // Newest first: creation times never increase down the list.
    const rows = await db.dataSubject.findMany({ select: { id: true, createdAt: true } });
    const createdAt = new Map(rows.map((r) => [r.id, r.createdAt.getTime()]));
    const times = all.map((id) => createdAt.get(id)!);
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });
});

describe("a subject's detail", () => {
  test("shows the consent in force per purpose and counts the audit events about the person", async () => {
    const email = `${uniqueName("detail")}@example.com`;
    const { body } = await register({ email });
    const id = body.subject.id;
    for (const [purpose, decision] of [
      ["marketing", "granted"],
      ["analytics", "granted"],
      ["marketing", "withdrawn"],
    ] as const) {
      const res = await call(consents.POST, "POST", "/api/v1/consents", {
        apiKey: officer,
        body: { subject: { id }, purpose, decision, noticeVersion: "v1" },
      });
      expect(res.status).toBe(201);
    }
    // One event found by the email's keyed hash rather than the pseudonym.
    await recordEvent({
      category: "user",
      action: "profile",
      result: "success",
      actor: { type: "system" },
      subject: { email },
    });

    const detail = await call<{ subject: SubjectDetailView } & ErrorBody>(
      subjectById.GET,
      "GET",
      `/api/v1/privacy/subjects/${id}`,
      {
        apiKey: officer,
        params: { id },
      },
    );
    expect(detail.status).toBe(200);
    expect(detail.body.subject.consents.map((c) => [c.purpose, c.decision])).toEqual([
      ["analytics", "granted"],
      ["marketing", "withdrawn"],
    ]);
    // subject_registered + three consent_recorded (by pseudonym) + the event by email hash
    expect(detail.body.subject.auditEventCount).toBe(5);

    const missing = await call<ErrorBody>(
      subjectById.GET,
      "GET",
      "/api/v1/privacy/subjects/ds_doesnotexist00",
      {
        apiKey: officer,
        params: { id: "ds_doesnotexist00" },
      },
    );
    expect(missing.status).toBe(404);
  });
});

describe("the gateway's runtime API", () => {
  test("concurrent first uses of one identifier agree on one subject", async () => {
    const value = uniqueName("race");
    const refs = await Promise.all(
      Array.from({ length: 8 }, () => resolveSubject({ kind: "external_id", value }, "gateway")),
    );
    expect(new Set(refs.map((r) => r.id)).size).toBe(1);
    expect(await db.subjectIdentifier.count({ where: { subject: { id: refs[0].id } } })).toBe(1);
    const row = await db.dataSubject.findUniqueOrThrow({ where: { id: refs[0].id } });
    expect(row).toMatchObject({ source: "gateway", keyId: refs[0].keyId });
  });

  test("findSubject never creates; subjectRefById finds by pseudonym", async () => {
    const value = uniqueName("nobody");
    const before = await db.dataSubject.count();
    expect(await findSubject({ kind: "external_id", value })).toBeNull();
    expect(await db.dataSubject.count()).toBe(before);
    const created = await resolveSubject({ kind: "external_id", value }, "api");
    expect(await findSubject({ kind: "external_id", value: ` ${value} ` })).toEqual(created);
    expect(await subjectRefById(created.id)).toEqual(created);
    expect(await subjectRefById("ds_unknownunknown0")).toBeNull();
  });

  test("a warm answer comes from memory; the privacy topic drops it", async () => {
    const value = uniqueName("warm");
    const ref = await resolveSubject({ kind: "external_id", value }, "gateway");
    // Removed behind the cache's back: a warm lookup does not read the database, so it still answers.
    await db.dataSubject.delete({ where: { id: ref.id } });
    expect(await resolveSubject({ kind: "external_id", value }, "gateway")).toEqual(ref);
    expect(await subjectRefById(ref.id)).toEqual(ref);

    await announceChange("privacy");
    expect(await subjectRefById(ref.id)).toBeNull();
    const fresh = await resolveSubject({ kind: "external_id", value }, "gateway");
    expect(fresh.id).not.toBe(ref.id);
  });
});
