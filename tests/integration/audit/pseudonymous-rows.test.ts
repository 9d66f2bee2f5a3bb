// Issue 12: new audit rows hold pseudonyms only. No keyed hash of any identifier, people named by
// their registry pseudonym as actor (actorSubjectId) or subject (subjectId), and ip / user agent
// under the person's key, read back decrypted and "[erased]" once that key is destroyed. Rows
// hashed as v1 (written before pseudonyms) and v2 verify together in one chain.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { eventHash, eventHashVersion } from "@/lib/audit/event-hash";
import { insertAuditRows } from "@/lib/audit/insert-audit-rows";
import { prepareAuditRow } from "@/lib/audit/prepare-audit-row";
import type { AuditEventInput } from "@/lib/audit/audit-event-types";
import { toEventViews } from "@/lib/audit/event-view";
import { toExportRecord } from "@/lib/audit/export/export-columns";
import { sealPendingEvents } from "@/lib/audit/seal/seal-pending-events";
import { verifyAuditChain } from "@/lib/audit/seal/verify-chain";
import { ERASED } from "@/lib/privacy/personal-cipher";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { destroySubjectKey } from "@/lib/privacy/subject-keys";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import { uniqueName } from "../../helpers/fixtures";
import { insertLegacyRows } from "./legacy-rows";

const ip = "203.0.113.91";
const userAgent = "Pseudonym-Test/1.0";
let actorEmail: string;
let subjectEmail: string;
let namedEmail: string;
const ids: Record<string, number> = {};

async function write(name: string, input: AuditEventInput): Promise<void> {
  const correlationId = uniqueName("pseudo");
  await insertAuditRows([await prepareAuditRow({ ...input, meta: { ip, userAgent, correlationId } })]);
  ids[name] = (await db.auditEvent.findFirstOrThrow({ where: { correlationId } })).id;
}

const row = (name: string) => db.auditEvent.findUniqueOrThrow({ where: { id: ids[name] } });

beforeAll(async () => {
  actorEmail = `${uniqueName("actor")}@example.test`;
  subjectEmail = `${uniqueName("about")}@example.test`;
  namedEmail = `${uniqueName("named")}@example.test`;
  await write("byUser", {
    category: "auth",
    action: "sign_in",
    result: "success",
    actor: { type: "user", id: uniqueName("u"), label: actorEmail },
  });
  await write("aboutPerson", {
    category: "user",
    action: "create",
    result: "success",
    actor: { type: "system" },
    subject: { email: subjectEmail, id: "cuid-of-the-user", details: { name: "Sam" } },
  });
  await write("namedInArguments", {
    category: "gateway",
    action: "tools/call",
    result: "success",
    actor: { type: "api_key", id: uniqueName("k"), label: "agent (ghk_x)" },
    payload: { to: namedEmail },
  });
  await write("noPerson", {
    category: "gateway",
    action: "tools/call",
    result: "success",
    actor: { type: "api_key", id: uniqueName("k"), label: "agent (ghk_y)" },
    payload: { message: "no one here" },
  });
  await write("unknownTyped", {
    category: "auth",
    action: "sign_in",
    result: "failure",
    actor: { type: "anonymous", label: `${uniqueName("stranger")}@example.test` },
  });
});

describe("new rows", () => {
  test("hold no keyed hash of any identifier, and name people by registry pseudonym", async () => {
    const actor = await findSubject({ kind: "email", value: actorEmail });
    const subject = await findSubject({ kind: "email", value: subjectEmail });
    const named = await findSubject({ kind: "email", value: namedEmail });
    expect(await row("byUser")).toMatchObject({
      actorSubjectId: actor!.id,
      actorHash: null,
      subjectHash: null,
    });
    expect(await row("aboutPerson")).toMatchObject({
      subjectId: subject!.id,
      subjectHash: null,
      actorHash: null,
      // the user id is not personal: it stays as the target
      target: "cuid-of-the-user",
    });
    expect(await row("namedInArguments")).toMatchObject({ subjectId: named!.id, subjectHash: null });
    const all = await db.auditEvent.findMany({ where: { id: { in: Object.values(ids) } } });
    for (const stored of all) {
      expect(stored).toMatchObject({ actorHash: null, subjectHash: null });
      const text = JSON.stringify(stored);
      for (const email of [actorEmail, subjectEmail, namedEmail]) {
        expect(text).not.toContain(email);
        expect(text).not.toContain(subjectHashOf(email));
      }
    }
  });

  test("ip and user agent are ciphertext when a person is involved, plain only when no one is", async () => {
    for (const name of ["byUser", "aboutPerson", "namedInArguments"]) {
      const stored = await row(name);
      expect(stored.ip, name).toMatch(/^pd1\./);
      expect(stored.userAgent, name).toMatch(/^pd1\./);
    }
    for (const name of ["noPerson", "unknownTyped"])
      expect(await row(name), name).toMatchObject({ ip, userAgent });
  });

  test("the event view and the export read ip and user agent decrypted", async () => {
    const views = await toEventViews([await row("byUser"), await row("aboutPerson")]);
    for (const view of views) expect(view).toMatchObject({ ip, userAgent });
    expect(views[0].actorSubjectId).toMatch(/^ds_/);
    expect(toExportRecord(views[0])).toMatchObject({
      ip,
      userAgent,
      actorSubjectId: views[0].actorSubjectId,
    });
  });

  test("once the person's key is destroyed their ip and user agent read [erased]; others' do not", async () => {
    expect(await destroySubjectKey(subjectHashOf(subjectEmail))).not.toBeNull();
    const [about, by] = await toEventViews([await row("aboutPerson"), await row("byUser")]);
    expect(about).toMatchObject({ ip: ERASED, userAgent: ERASED, subject: ERASED });
    expect(by).toMatchObject({ ip, userAgent, actor: { label: actorEmail } });
  });
});

describe("hash versions", () => {
  test("v1 rows (before pseudonyms) and v2 rows verify together, before and after sealing", async () => {
    const [legacy] = await insertLegacyRows([{ actorEmail: `${uniqueName("old")}@example.test` }]);
    const legacyRow = await db.auditEvent.findUniqueOrThrow({ where: { id: legacy } });
    const v2Row = await row("byUser");
    expect(eventHashVersion(legacyRow)).toBe("gatehouse-audit-v1");
    expect(eventHashVersion(v2Row)).toBe("gatehouse-audit-v2");
    expect(eventHashVersion(await row("noPerson"))).toBe("gatehouse-audit-v1");
    for (const stored of [legacyRow, v2Row]) expect(eventHash(stored)).toBe(stored.hash);

    await sealPendingEvents();
    const verification = await verifyAuditChain();
    expect(verification.problem).toBeNull();
    expect(verification.ok).toBe(true);
  });

  test("the pseudonym is covered by the hash: rewriting it breaks verification", async () => {
    await sealPendingEvents();
    const target = ids.byUser;
    const original = await row("byUser");
    await db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "actorSubjectId" = 'ds_someoneElse00000' WHERE "id" = ${target}`,
    );
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", eventId: target },
    });
    await db.auditEvent.update({ where: { id: target }, data: { actorSubjectId: original.actorSubjectId } });
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
