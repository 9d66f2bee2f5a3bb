// Issue 9, weaker spot: a failed sign-in created a subject key for whatever address was typed.
// Keys are created only when a person's data is actually stored; what someone typed is kept as a
// keyed hash and a mask, so the audit search still finds attempts on an address.
import { beforeAll, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
});

import * as events from "@/app/api/v1/audit/events/route";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
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
  const rows = await db.auditEvent.findMany({ where: { actorHash: subjectHashOf(typed) } });
  expect(rows.map((r) => r.actorLabel)).toEqual(Array(4).fill("s***@example.test"));
});

test("the audit search's person filter still finds the attempts on that address", async () => {
  const typed = `${uniqueName("seeker")}@example.test`;
  await signInWithPassword(typed, rememberSecret("seeker-pw"), meta());
  const res = await call<{ events: { action: string; actor: { type: string; label: string } }[] }>(
    events.GET,
    "GET",
    `/api/v1/audit/events?person=${encodeURIComponent(typed)}`,
    { apiKey: officerKey },
  );
  expect(res.status).toBe(200);
  expect(res.body.events).toEqual([
    expect.objectContaining({
      action: "sign_in",
      actor: expect.objectContaining({ type: "anonymous", label: "s***@example.test" }),
    }),
  ]);
});

test("a known user's failed sign-in is that person's data: stored under their key, read back in clear", async () => {
  const user = await createTestUser(["viewer"]);
  await signInWithPassword(user.email, rememberSecret("wrong-for-known"), meta());
  expect(await db.subjectKey.count({ where: { subjectHash: subjectHashOf(user.email) } })).toBe(1);
  expect(await auditRowsContaining(user.email)).toEqual([]);
});
