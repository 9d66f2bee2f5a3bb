// Issue 9, weaker spot: a failed sign-in created a subject key for whatever address was typed.
// Keys are created only when a person's data is actually stored; what someone typed is kept as a
// mask only (no keyed hash: issue 12), unless it is the address of a registered subject, whose
// attempt it then is (their pseudonym, their key).
import { beforeAll, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
});

import * as events from "@/app/api/v1/audit/events/route";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { resolveSubject } from "@/lib/privacy/subjects/resolve-subject";
import { call } from "../../helpers/http";
import { auditRowsContaining } from "../../helpers/audit";
import { createTestKey, createTestUser, seedRoles, uniqueName } from "../../helpers/fixtures";
import { rememberSecret } from "../../helpers/secrets";

let officerKey: string;
beforeAll(async () => {
  await seedRoles();
  officerKey = (await createTestKey(["compliance_officer"])).secret;
});

const meta = () => ({ ip: "192.0.2.80", userAgent: "vitest", correlationId: uniqueName("c") });

test("failed sign-ins for an unknown address, up to a lockout, create no subject key and store no address", async () => {
  const typed = `${uniqueName("stranger")}@example.test`;
  const keysBefore = await db.subjectKey.count();
  for (let i = 0; i < 4; i++) await signInWithPassword(typed, rememberSecret(`stranger-${i}`), meta());

  expect(await db.subjectKey.count()).toBe(keysBefore);
  expect(await db.subjectKey.count({ where: { subjectHash: subjectHashOf(typed) } })).toBe(0);
  expect(await auditRowsContaining(typed)).toEqual([]);
  expect(
    await db.dataSubject.count({ where: { identifiers: { some: { hash: subjectHashOf(typed) } } } }),
  ).toBe(0);
  const rows = await db.auditEvent.findMany({
    where: { actorType: "anonymous", actorLabel: "s***@example.test", action: "sign_in" },
  });
  expect(rows.length).toBeGreaterThanOrEqual(4);
  for (const row of rows) expect(row).toMatchObject({ actorHash: null, actorSubjectId: null });
});

test("the audit search's person filter finds no attempt on an address that names no one", async () => {
  const typed = `${uniqueName("seeker")}@example.test`;
  await signInWithPassword(typed, rememberSecret("seeker-pw"), meta());
  const res = await call<{ events: unknown[] }>(
    events.GET,
    "GET",
    `/api/v1/audit/events?person=${encodeURIComponent(typed)}`,
    { apiKey: officerKey },
  );
  expect(res.status).toBe(200);
  expect(res.body.events).toEqual([]);
});

test("an attempt on a registered subject's address is theirs: pseudonym, label and ip under their key", async () => {
  const typed = `${uniqueName("known")}@example.test`;
  const subject = await resolveSubject({ kind: "email", value: typed }, "api");
  const m = meta();
  await signInWithPassword(typed, rememberSecret("known-pw"), m);
  const row = await db.auditEvent.findFirstOrThrow({ where: { correlationId: m.correlationId } });
  expect(row).toMatchObject({ actorType: "anonymous", actorHash: null, actorSubjectId: subject.id });
  for (const value of [row.actorLabel, row.ip, row.userAgent]) expect(value).toMatch(/^pd1\./);
  expect(await auditRowsContaining(typed)).toEqual([]);
  const res = await call<{ events: { actor: { type: string; label: string }; ip: string }[] }>(
    events.GET,
    "GET",
    `/api/v1/audit/events?person=${encodeURIComponent(typed)}`,
    { apiKey: officerKey },
  );
  expect(res.body.events).toEqual([
    expect.objectContaining({ actorSubjectId: subject.id, ip: "192.0.2.80", userAgent: "vitest" }),
  ]);
});

test("a known user's failed sign-in is that person's data: stored under their key, read back in clear", async () => {
  const user = await createTestUser(["viewer"]);
  await signInWithPassword(user.email, rememberSecret("wrong-for-known"), meta());
  expect(await db.subjectKey.count({ where: { subjectHash: subjectHashOf(user.email) } })).toBe(1);
  expect(await auditRowsContaining(user.email)).toEqual([]);
});
