// Events that name a data subject by pseudonym only (gateway calls, their own actions) are found by
// the pseudonym, and by the person's email through the subject registry, which is the only link
// between them; rows written before pseudonyms by the email's keyed hash, until an erasure redacts them.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { subjectHashOf } from "@/lib/privacy/subject-hash";
import { uniqueName } from "../../helpers/fixtures";
import { IN_WINDOW, idsOf, insertEvent, minutesIn, newestFirst } from "./search-scenario";
import { insertLegacyRows } from "./legacy-rows";

const dana = `${uniqueName("dana")}@example.test`;
const unregistered = `${uniqueName("erin")}@example.test`;
const pseudonym = `ds_${uniqueName("dana").replace(/[^A-Za-z0-9_-]/g, "")}`.slice(0, 40);
const other = `ds_${uniqueName("other").replace(/[^A-Za-z0-9_-]/g, "")}`.slice(0, 40);
const id: Record<string, number> = {};

beforeAll(async () => {
  for (const [subjectId, email] of [
    [pseudonym, dana],
    [other, null],
  ] as const) {
    await db.dataSubject.create({ data: { id: subjectId, keyId: `sk_${subjectId}`, source: "gateway" } });
    if (email)
      await db.subjectIdentifier.create({
        data: { subjectId, kind: "email", hash: subjectHashOf(email), ciphertext: "pd1.test" },
      });
  }
  const call = (subjectId: string, minute: number) =>
    insertEvent(
      {
        category: "gateway",
        action: "tools/call",
        result: "success",
        actor: { type: "api_key", id: "key-x", label: "agent (ghk_x)" },
        subjectId,
        tool: "crm/lookup",
      },
      minutesIn(minute),
    );
  id.dana1 = await call(pseudonym, 1);
  id.other = await call(other, 2);
  id.dana2 = await call(pseudonym, 3);
  // dana signing in: named as the actor by the same pseudonym
  id.danaActs = await insertEvent(
    {
      category: "auth",
      action: "sign_in",
      result: "success",
      actor: { type: "user", id: "u-dana", label: dana },
    },
    minutesIn(4),
  );
  // a row written before pseudonyms: dana by keyed hash only
  [id.danaLegacy] = await insertLegacyRows([{ createdAt: minutesIn(5), actorEmail: dana }]);
});

describe("a data subject's events", () => {
  test("are found by pseudonym", async () => {
    expect(await idsOf({ ...IN_WINDOW, subject: pseudonym })).toEqual(
      newestFirst(id.dana1, id.dana2, id.danaActs, id.danaLegacy),
    );
  });

  test("are found by the registered email, which the events themselves never hold", async () => {
    expect(await idsOf({ ...IN_WINDOW, person: dana.toUpperCase() })).toEqual(
      newestFirst(id.dana1, id.dana2, id.danaActs, id.danaLegacy),
    );
    expect(await idsOf({ ...IN_WINDOW, person: unregistered })).toEqual([]);
  });
});
