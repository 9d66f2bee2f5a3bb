// Custom detectors and masking policies through the REST handlers: what is refused and why (the
// engine's own message), names unique, policies tied to detectors and roles that exist, and each
// change audited.
import { beforeAll, describe, expect, test } from "vitest";
import * as detectors from "@/app/api/v1/privacy/detectors/route";
import * as detectorById from "@/app/api/v1/privacy/detectors/[id]/route";
import * as policies from "@/app/api/v1/privacy/masking-policies/route";
import * as policyById from "@/app/api/v1/privacy/masking-policies/[id]/route";
import type { DetectorView, MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";
import { findAuditEvents } from "../../helpers/audit";

let officer = "";

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
});

const ORDER_ID = { pattern: "ORD-\\d{6}", sample: "order ORD-123456 shipped" };

async function createDetector(body: Record<string, unknown>) {
  return call<{ detector: DetectorView } & ErrorBody>(detectors.POST, "POST", "/api/v1/privacy/detectors", {
    apiKey: officer,
    body,
  });
}

async function createPolicy(body: Record<string, unknown>) {
  return call<{ policy: MaskingPolicyView } & ErrorBody>(
    policies.POST,
    "POST",
    "/api/v1/privacy/masking-policies",
    { apiKey: officer, body },
  );
}

describe("custom detectors", () => {
  test("the list starts with the built-ins, then custom ones; a new one is audited", async () => {
    const name = uniqueName("Order id");
    const created = await createDetector({ name, ...ORDER_ID });
    expect(created.status).toBe(201);
    expect(created.body.detector).toMatchObject({ name, isBuiltIn: false, kind: "custom", isEnabled: true });

    const list = await call<{ detectors: DetectorView[] }>(
      detectors.GET,
      "GET",
      "/api/v1/privacy/detectors",
      {
        apiKey: officer,
      },
    );
    const ids = list.body.detectors.map((d) => d.id);
    expect(ids.slice(0, 7)).toEqual(["email", "phone", "ssn", "card", "iban", "ip", "dob"]);
    expect(list.body.detectors.slice(0, 7).every((d) => d.isBuiltIn)).toBe(true);
    expect(ids).toContain(created.body.detector.id);

    const [event] = await findAuditEvents({ category: "privacy", action: "detector_created", target: name });
    expect(event.result).toBe("success");
    expect(JSON.stringify(event.details)).not.toContain(ORDER_ID.sample);
  });

  test.each([
    [
      { pattern: "ORD-(\\d{6}", sample: "ORD-123456" },
      "pattern",
      "The pattern is not a valid regular expression.",
    ],
    [{ pattern: "ORD-\\d{6}", sample: "nothing here" }, "sample", "The pattern does not match the sample."],
    [
      { pattern: "(a+)+", sample: "aaa" },
      "pattern",
      "The pattern repeats a group that itself repeats without limit",
    ],
    [{ pattern: "x*", sample: "xxx" }, "pattern", "The pattern can match an empty text"],
  ])("%j is refused with the engine's message, at the field it is about", async (fields, field, message) => {
    const res = await createDetector({ name: uniqueName("bad"), ...fields });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_input");
    expect(res.body.error.message).toContain(message);
    expect(Object.keys((res.body.error as { details?: { fields?: object } }).details?.fields ?? {})).toEqual([
      field,
    ]);
  });

  test("a second detector with the same name is a conflict, on create and on rename", async () => {
    const name = uniqueName("Ticket");
    expect((await createDetector({ name, ...ORDER_ID })).status).toBe(201);
    const again = await createDetector({ name, ...ORDER_ID });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");

    const other = await createDetector({ name: uniqueName("Other"), ...ORDER_ID });
    const rename = await call<ErrorBody>(detectorById.PATCH, "PATCH", "/api/v1/privacy/detectors/x", {
      apiKey: officer,
      params: { id: other.body.detector.id },
      body: { name },
    });
    expect(rename.status).toBe(409);
  });

  test("a PATCH changes only what it sends, checks the result and is audited with before and after", async () => {
    const created = await createDetector({ name: uniqueName("Patch me"), ...ORDER_ID, isEnabled: false });
    const id = created.body.detector.id;
    const bad = await call<ErrorBody>(detectorById.PATCH, "PATCH", `/api/v1/privacy/detectors/${id}`, {
      apiKey: officer,
      params: { id },
      body: { pattern: "INV-\\d{4}" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("The pattern does not match the sample.");

    const good = await call<{ detector: DetectorView }>(
      detectorById.PATCH,
      "PATCH",
      `/api/v1/privacy/detectors/${id}`,
      {
        apiKey: officer,
        params: { id },
        body: { pattern: "ORD-\\d{5,6}" },
      },
    );
    expect(good.status).toBe(200);
    // isEnabled was not sent, so it stays false (the schema has a default for create only).
    expect(good.body.detector).toMatchObject({ pattern: "ORD-\\d{5,6}", isEnabled: false });
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "detector_updated",
      target: created.body.detector.name,
    });
    expect(event.details).toMatchObject({
      before: { pattern: ORDER_ID.pattern },
      after: { pattern: "ORD-\\d{5,6}" },
    });
  });

  test("built-ins and unknown ids are not found; a detector a policy names cannot be deleted", async () => {
    const builtIn = await call<ErrorBody>(detectorById.DELETE, "DELETE", "/api/v1/privacy/detectors/email", {
      apiKey: officer,
      params: { id: "email" },
    });
    expect(builtIn.status).toBe(404);

    const detector = (await createDetector({ name: uniqueName("Used"), ...ORDER_ID })).body.detector;
    const policy = await createPolicy({
      name: uniqueName("uses it"),
      detectors: [detector.id],
      strategy: "full",
    });
    expect(policy.status).toBe(201);
    const refused = await call<ErrorBody>(detectorById.DELETE, "DELETE", "/api/v1/privacy/detectors/x", {
      apiKey: officer,
      params: { id: detector.id },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(policy.body.policy.name);

    await call(policyById.DELETE, "DELETE", "/api/v1/privacy/masking-policies/x", {
      apiKey: officer,
      params: { id: policy.body.policy.id },
    });
    const deleted = await call(detectorById.DELETE, "DELETE", "/api/v1/privacy/detectors/x", {
      apiKey: officer,
      params: { id: detector.id },
    });
    expect(deleted.status).toBe(204);
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "detector_deleted",
      target: detector.name,
    });
    expect(event.details).toMatchObject({ detectorId: detector.id });
  });
});

describe("masking policies", () => {
  test("defaults, then the audit event", async () => {
    const name = uniqueName("service partial");
    const res = await createPolicy({ name, roleName: "service", strategy: "partial" });
    expect(res.status).toBe(201);
    expect(res.body.policy).toMatchObject({
      name,
      toolPattern: "*",
      roleName: "service",
      detectors: [],
      strategy: "partial",
      appliesTo: "both",
      isEnabled: true,
    });
    const [event] = await findAuditEvents({
      category: "privacy",
      action: "masking_policy_created",
      target: name,
    });
    expect(event.details).toMatchObject({ policyId: res.body.policy.id, after: { strategy: "partial" } });
  });

  test("unknown detectors and roles are refused, naming what is wrong", async () => {
    const detector = await createPolicy({
      name: uniqueName("p"),
      detectors: ["email", "no-such"],
      strategy: "hash",
    });
    expect(detector.status).toBe(400);
    expect(detector.body.error.message).toBe(
      "Unknown detector no-such: use a built-in kind or a custom detector's id.",
    );
    const role = await createPolicy({ name: uniqueName("p"), roleName: "no_such_role", strategy: "hash" });
    expect(role.status).toBe(400);
    expect(role.body.error.message).toBe("No role named no_such_role.");
    const strategy = await createPolicy({ name: uniqueName("p"), strategy: "scramble" });
    expect(strategy.status).toBe(400);
    expect(strategy.body.error.code).toBe("invalid_input");
  });

  test("names are unique; PATCH keeps what it does not send; DELETE is audited", async () => {
    const name = uniqueName("one");
    const first = (await createPolicy({ name, strategy: "redact", appliesTo: "audit", isEnabled: false }))
      .body.policy;
    expect((await createPolicy({ name, strategy: "full" })).status).toBe(409);

    const patched = await call<{ policy: MaskingPolicyView }>(
      policyById.PATCH,
      "PATCH",
      "/api/v1/privacy/masking-policies/x",
      {
        apiKey: officer,
        params: { id: first.id },
        body: { strategy: "tokenize", detectors: ["email", "email", "phone"] },
      },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.policy).toMatchObject({
      strategy: "tokenize",
      detectors: ["email", "phone"],
      appliesTo: "audit",
      isEnabled: false,
      toolPattern: "*",
    });
    const [updated] = await findAuditEvents({
      category: "privacy",
      action: "masking_policy_updated",
      target: name,
    });
    expect(updated.details).toMatchObject({
      before: { strategy: "redact" },
      after: { strategy: "tokenize" },
    });

    const del = await call(policyById.DELETE, "DELETE", "/api/v1/privacy/masking-policies/x", {
      apiKey: officer,
      params: { id: first.id },
    });
    expect(del.status).toBe(204);
    const again = await call<ErrorBody>(policyById.DELETE, "DELETE", "/api/v1/privacy/masking-policies/x", {
      apiKey: officer,
      params: { id: first.id },
    });
    expect(again.status).toBe(404);
    expect(
      await findAuditEvents({ category: "privacy", action: "masking_policy_deleted", target: name }),
    ).toHaveLength(1);

    const list = await call<{ policies: MaskingPolicyView[] }>(
      policies.GET,
      "GET",
      "/api/v1/privacy/masking-policies",
      {
        apiKey: officer,
      },
    );
    expect(list.body.policies.map((p) => p.id)).not.toContain(first.id);
  });
});
