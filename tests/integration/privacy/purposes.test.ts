// Purposes through the REST handlers: built-ins exist with fixed names and legal bases, custom
// purposes come and go until they have consent records; every change is audited.
import { beforeAll, describe, expect, test } from "vitest";
import * as purposes from "@/app/api/v1/purposes/route";
import * as purposeByKey from "@/app/api/v1/purposes/[key]/route";
import * as consents from "@/app/api/v1/consents/route";
import { purposeLegalBasis } from "@/lib/privacy/consent/consent-ledger";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";

type PurposeBody = { purpose: PurposeView } & ErrorBody;

let officer = "";
let auditor = "";

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
  auditor = (await createTestKey(["auditor"])).secret;
});

const newKey = () => uniqueName("purpose").replace("-", "_");

function create(body: unknown) {
  return call<PurposeBody>(purposes.POST, "POST", "/api/v1/purposes", { apiKey: officer, body });
}
function patch(key: string, body: unknown) {
  return call<PurposeBody>(purposeByKey.PATCH, "PATCH", `/api/v1/purposes/${key}`, {
    apiKey: officer,
    params: { key },
    body,
  });
}
function remove(key: string) {
  return call<ErrorBody>(purposeByKey.DELETE, "DELETE", `/api/v1/purposes/${key}`, {
    apiKey: officer,
    params: { key },
  });
}

describe("built-in purposes", () => {
  test("are listed first with their legal bases, to readers with privacy:read", async () => {
    const res = await call<{ purposes: PurposeView[] }>(purposes.GET, "GET", "/api/v1/purposes", {
      apiKey: auditor,
    });
    expect(res.status).toBe(200);
    expect(res.body.purposes.slice(0, 5).map((p) => [p.key, p.legalBasis, p.isBuiltIn])).toEqual([
      ["analytics", "consent", true],
      ["essential", "contract", true],
      ["marketing", "consent", true],
      ["pii_access", "consent", true],
      ["third_party", "consent", true],
    ]);
  });

  test("only the description changes: name or legal basis is 400; sending current values is fine", async () => {
    const changed = await patch("marketing", { description: "Newsletters and offers" });
    expect(changed.status).toBe(200);
    expect(changed.body.purpose.description).toBe("Newsletters and offers");

    const same = await patch("marketing", {
      name: changed.body.purpose.name,
      legalBasis: "consent",
      description: "Offers",
    });
    expect(same.status).toBe(200);

    const basis = await patch("marketing", { legalBasis: "legitimate_interests" });
    expect(basis.status).toBe(400);
    expect(basis.body.error.message).toMatch(/built-in purpose/);
    expect((await patch("marketing", { name: "Renamed" })).status).toBe(400);
    expect(await purposeLegalBasis("marketing")).toBe("consent");

    const events = await findAuditEvents({
      category: "privacy",
      action: "purpose_updated",
      target: "marketing",
    });
    expect(events).toHaveLength(2);
    expect(events[0].details).toMatchObject({ after: { description: "Newsletters and offers" } });
  });

  test("cannot be deleted (409)", async () => {
    const res = await remove("essential");
    expect(res.status).toBe(409);
  });
});

describe("custom purposes", () => {
  test("are created, changed and deleted, each change audited and seen by the ledger at once", async () => {
    const key = newKey();
    const created = await create({ key, name: "Research", legalBasis: "legitimate_interests" });
    expect(created.status).toBe(201);
    expect(created.body.purpose).toMatchObject({ key, isBuiltIn: false, recordCount: 0, description: "" });
    expect(await purposeLegalBasis(key)).toBe("legitimate_interests");

    expect((await create({ key, name: "Again", legalBasis: "consent" })).status).toBe(409);

    const changed = await patch(key, { name: "Research (opt-in)", legalBasis: "consent" });
    expect(changed.status).toBe(200);
    expect(changed.body.purpose).toMatchObject({ name: "Research (opt-in)", legalBasis: "consent" });
    expect(await purposeLegalBasis(key)).toBe("consent");

    expect((await remove(key)).status).toBe(204);
    expect(await purposeLegalBasis(key)).toBeNull();
    for (const action of ["purpose_created", "purpose_updated", "purpose_deleted"]) {
      expect(await findAuditEvents({ category: "privacy", action, target: key })).toHaveLength(1);
    }
  });

  test("with consent records stay (409)", async () => {
    const key = newKey();
    await create({ key, name: "Surveys", legalBasis: "consent" });
    const recorded = await call(consents.POST, "POST", "/api/v1/consents", {
      apiKey: officer,
      body: { subject: { externalId: uniqueName("survey") }, purpose: key, decision: "granted" },
    });
    expect(recorded.status).toBe(201);
    const res = await remove(key);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/1 consent record/);
  });

  test("bad input is 400, an unknown key 404", async () => {
    expect((await create({ key: "Bad Key", name: "x", legalBasis: "consent" })).status).toBe(400);
    expect((await create({ key: newKey(), name: "x", legalBasis: "because" })).status).toBe(400);
    expect((await patch("no_such_purpose", { description: "x" })).status).toBe(404);
    expect((await remove("no_such_purpose")).status).toBe(404);
  });
});
