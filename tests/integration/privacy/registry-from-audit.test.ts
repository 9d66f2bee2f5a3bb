// The subject registry knows everyone the audit trail holds: a console user the first time an
// event names them, a person whose email is in a tool call's arguments. Their fields stay under the
// one key the trail has always used for that address; erasing them also takes their identifiers out
// of the registry, and a later event about the address starts a new subject.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { eraseSubjectFromAudit } from "@/lib/privacy/erase-subject-from-audit";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import * as subjects from "@/app/api/v1/privacy/subjects/route";
import type { SubjectView } from "@/lib/privacy/subjects/subject-view-type";
import { call } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";

let officer = "";
const system = { actor: { type: "system" as const } };

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
});

async function searchByEmail(email: string): Promise<SubjectView[]> {
  const res = await call<{ subjects: SubjectView[] }>(
    subjects.GET,
    "GET",
    `/api/v1/privacy/subjects?email=${encodeURIComponent(email)}`,
    { apiKey: officer },
  );
  expect(res.status).toBe(200);
  return res.body.subjects;
}

async function lastEventAbout(action: string) {
  return db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
}

describe("the registry learns people from the audit trail", () => {
  test("a console user becomes a data subject when an event names them, under the trail's key", async () => {
    const email = `${uniqueName("console-user")}@example.test`;
    expect(await searchByEmail(email)).toEqual([]);
    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: uniqueName("u"), label: email },
    });
    const [found] = await searchByEmail(email);
    expect(found.source).toBe("console");
    expect(found.identifiers.map((i) => i.kind)).toEqual(["email"]);
    // One key per person: the registry's is the one the trail already encrypts their label under.
    const key = await db.subjectKey.findUniqueOrThrow({ where: { subjectHash: subjectHashOf(email) } });
    expect((await db.dataSubject.findUniqueOrThrow({ where: { id: found.id } })).keyId).toBe(key.id);
    // The event names them by that pseudonym, never by a keyed hash of the address.
    expect(await lastEventAbout("sign_in")).toMatchObject({ actorSubjectId: found.id, actorHash: null });
  });

  test("an email in a tool call's arguments registers the person, and the event names their pseudonym", async () => {
    const email = `${uniqueName("named")}@example.test`;
    const action = uniqueName("tools/call");
    await recordEvent({
      category: "gateway",
      action,
      result: "success",
      actor: { type: "api_key", id: "k1", label: "agent (ghk_x)" },
      payload: { to: email, body: "hello" },
    });
    const subject = await findSubject({ kind: "email", value: email });
    expect(subject).not.toBeNull();
    expect((await searchByEmail(email))[0].source).toBe("gateway");
    const event = await lastEventAbout(action);
    expect(event.subjectId).toBe(subject!.id);
    expect(event.payload).not.toContain(email);
  });

  test("erasure takes the identifiers out of the registry; a later event starts a new subject", async () => {
    const email = `${uniqueName("erased")}@example.test`;
    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: uniqueName("u"), label: email },
    });
    const [before] = await searchByEmail(email);
    const erasure = await eraseSubjectFromAudit(email, system);
    expect(erasure.keyDestroyed).toBe(true);
    expect(await searchByEmail(email)).toEqual([]);
    expect(await db.subjectIdentifier.count({ where: { subjectId: before.id } })).toBe(0);

    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: uniqueName("u"), label: email },
    });
    const [after] = await searchByEmail(email);
    expect(after.id).not.toBe(before.id);
    expect(erasure.subjectId).toBe(before.id);
  });
});
