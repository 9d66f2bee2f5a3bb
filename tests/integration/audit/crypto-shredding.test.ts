// Crypto-shredding: destroying a person's subject key makes their fields read "[erased]" in every
// event, past and future reads, while the stored rows (and so their hashes) stay exactly as they were.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { eventHash } from "@/lib/audit/event-hash";
import { eraseSubjectFromAudit } from "@/lib/privacy/erase-subject-from-audit";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { findAuditEvents, lastAuditId, readableAuditRows } from "../../helpers/audit";
import { uniqueName } from "../../helpers/fixtures";

const system = { actor: { type: "system" as const } };
let erased: string;
let kept: string;
let since: number;

beforeAll(async () => {
  erased = `${uniqueName("erin")}@example.test`;
  kept = `${uniqueName("kim")}@example.test`;
  since = await lastAuditId();
  await recordEvent({
    category: "auth",
    action: "sign_in",
    result: "success",
    actor: { type: "user", id: "u-erin", label: erased },
  });
  await recordEvent({
    category: "user",
    action: "create",
    result: "success",
    actor: { type: "user", id: "u-kim", label: kept },
    subject: { email: erased, id: "u-erin", details: { name: "Erin Example" } },
    details: { roles: ["viewer"] },
  });
  await recordEvent({
    category: "gateway",
    action: "tools/call",
    result: "success",
    actor: { type: "api_key", id: "k1", label: "crm (ghk_x)" },
    tool: "crm/lookup",
    payload: { customer: erased, note: "call back" },
    details: { outcome: "success" },
  });
  await recordEvent({
    category: "gateway",
    action: "tools/call",
    result: "success",
    actor: { type: "api_key", id: "k1", label: "crm (ghk_x)" },
    tool: "crm/lookup",
    payload: { customer: kept },
    details: { outcome: "success" },
  });
});

describe("eraseSubjectFromAudit", () => {
  test("before: the person's fields are stored only as ciphertext and read back in clear", async () => {
    const rows = await findAuditEvents({ sinceId: since });
    for (const row of rows) expect(JSON.stringify(row.stored)).not.toContain(erased);
    expect(rows.map((r) => [r.actorLabel, r.subject, r.arguments])).toEqual([
      [erased, null, null],
      [kept, { email: erased, name: "Erin Example" }, null],
      ["crm (ghk_x)", null, { customer: erased, note: "call back" }],
      ["crm (ghk_x)", null, { customer: kept }],
    ]);
  });

  test("after: their fields read [erased] everywhere, other people's do not, and no stored row changed", async () => {
    const before = await db.auditEvent.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
    const result = await eraseSubjectFromAudit(erased.toUpperCase(), system);
    expect(result).toMatchObject({ keyDestroyed: true, eventsAffected: 3, legacyEventsRedacted: 0 });
    expect(result.subjectId).toMatch(/^ds_/);

    const after = await db.auditEvent.findMany({
      where: { id: { gt: since }, category: { not: "privacy" } },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    for (const row of after) expect(eventHash(row)).toBe(row.hash);

    const readable = await readableAuditRows(after);
    expect(readable.map((r) => [r.actorLabel, r.subject, r.arguments])).toEqual([
      ["[erased]", null, null],
      [kept, "[erased]", null],
      ["crm (ghk_x)", null, "[erased]"],
      ["crm (ghk_x)", null, { customer: kept }],
    ]);
    expect(await db.subjectKey.count({ where: { subjectHash: subjectHashOf(erased) } })).toBe(0);
  });

  test("the erasure is audited by pseudonym, never by address or keyed hash; a second erasure finds no one", async () => {
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "subject_key_destroyed",
      sinceId: since,
    });
    expect(event.details).toMatchObject({ subjectId: expect.stringMatching(/^ds_/), eventsAffected: 3 });
    expect(event.subjectId).toBe((event.details as { subjectId: string }).subjectId);
    expect(JSON.stringify(event.stored)).not.toContain(erased);
    expect(JSON.stringify(event.stored)).not.toContain(subjectHashOf(erased));
    // The registry no longer knows the address: nothing links it to the pseudonym's events.
    expect(await eraseSubjectFromAudit(erased, system)).toEqual({
      keyDestroyed: false,
      keyId: null,
      subjectId: null,
      eventsAffected: 0,
      legacyEventsRedacted: 0,
    });
  });

  test("a later event about the same person gets a fresh key and reads in clear", async () => {
    await recordEvent({
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: "u-erin", label: erased },
    });
    const rows = await findAuditEvents({ category: "auth", sinceId: since });
    expect(rows.map((r) => r.actorLabel)).toEqual(["[erased]", erased]);
  });
});
