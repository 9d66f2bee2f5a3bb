// The masking runtime against the real database: rebuilt in this process as soon as a detector
// or policy changes, tokens stable and stored behind the call, revealed only with privacy:reveal
// and a reason, and the detection test page.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { resetProcessSingleton } from "@/lib/process-singleton";
import * as detectors from "@/app/api/v1/privacy/detectors/route";
import * as detectorById from "@/app/api/v1/privacy/detectors/[id]/route";
import * as policies from "@/app/api/v1/privacy/masking-policies/route";
import * as policyById from "@/app/api/v1/privacy/masking-policies/[id]/route";
import * as detect from "@/app/api/v1/privacy/detect/route";
import * as reveal from "@/app/api/v1/privacy/tokens/reveal/route";
import { getMaskingRuntime } from "@/lib/privacy/policies/masking-runtime";
import { createMaskingContext } from "@/lib/privacy/policies/masking-context";
import { flushTokenVault, openVaultValue } from "@/lib/privacy/policies/token-vault";
import { maskText } from "@/lib/privacy/masking/mask-text";
import type {
  DetectorView,
  DetectSampleResult,
  MaskingPolicyView,
} from "@/lib/privacy/policies/policy-view-type";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";
import { findAuditEvents } from "../../helpers/audit";

let officer = "";
let auditor = "";

beforeAll(async () => {
  await seedRoles();
  officer = (await createTestKey(["compliance_officer"])).secret;
  auditor = (await createTestKey(["auditor"])).secret;
});

async function createPolicy(body: Record<string, unknown>): Promise<MaskingPolicyView> {
  const res = await call<{ policy: MaskingPolicyView }>(
    policies.POST,
    "POST",
    "/api/v1/privacy/masking-policies",
    {
      apiKey: officer,
      body,
    },
  );
  expect(res.status).toBe(201);
  return res.body.policy;
}

describe("the runtime follows changes at once in this process", () => {
  test("a new policy applies to the next plan; disabling it makes the plan null again", async () => {
    const server = uniqueName("crm");
    const tool = `${server}/lookup`;
    expect((await getMaskingRuntime()).planFor(["service"], tool, "results")).toBeNull();

    const policy = await createPolicy({
      name: uniqueName("service"),
      toolPattern: `${server}/*`,
      roleName: "service",
      strategy: "partial",
    });
    const plan = (await getMaskingRuntime()).planFor(["service"], tool, "results");
    expect(plan).not.toBeNull();
    expect(
      maskText("write to jane.doe@example.com", plan!.engine, plan!.strategyFor, plan!.context).text,
    ).toBe("write to j***@example.com");
    expect((await getMaskingRuntime()).planFor(["viewer"], tool, "results")).toBeNull();

    await call(policyById.PATCH, "PATCH", "/api/v1/privacy/masking-policies/x", {
      apiKey: officer,
      params: { id: policy.id },
      body: { isEnabled: false },
    });
    expect((await getMaskingRuntime()).planFor(["service"], tool, "results")).toBeNull();
  });

  test("a new custom detector is in the engine at once; disabled, it is gone", async () => {
    const res = await call<{ detector: DetectorView }>(detectors.POST, "POST", "/api/v1/privacy/detectors", {
      apiKey: officer,
      body: { name: uniqueName("Member"), pattern: "MEM-\\d{5}", sample: "MEM-12345" },
    });
    const id = res.body.detector.id;
    expect((await getMaskingRuntime()).engine.detect("member MEM-55555").map((f) => f.detectorId)).toEqual([
      id,
    ]);
    await call(detectorById.PATCH, "PATCH", "/api/v1/privacy/detectors/x", {
      apiKey: officer,
      params: { id },
      body: { isEnabled: false },
    });
    expect((await getMaskingRuntime()).engine.detect("member MEM-55555")).toEqual([]);
  });
});

describe("tokens", () => {
  test("stable per value and kind, in the shape the reveal endpoint accepts", () => {
    const ctx = createMaskingContext();
    const token = ctx.tokenFor("email", "jane.doe@example.com");
    expect(token).toMatch(/^<EMAIL_[0-9a-f]{8}>$/);
    expect(createMaskingContext().tokenFor("email", "jane.doe@example.com")).toBe(token);
    expect(ctx.tokenFor("email", "john.roe@example.com")).not.toBe(token);
    expect(ctx.tokenFor("phone", "jane.doe@example.com")).toMatch(/^<PHONE_[0-9a-f]{8}>$/);
  });

  test("the vault is written behind the call, encrypted, and a second write of a token keeps the first row", async () => {
    const value = `${uniqueName("vault")}@example.test`;
    const token = createMaskingContext().tokenFor("email", value);
    await flushTokenVault();
    const row = await db.privacyToken.findUniqueOrThrow({ where: { token } });
    expect(row.kind).toBe("email");
    expect(row.ciphertext).not.toContain(value);
    expect(openVaultValue(row.ciphertext)).toBe(value);

    // Another process (a fresh vault state) meets the same value: the insert is skipped, not an error.
    resetProcessSingleton("privacy.token-vault");
    createMaskingContext().tokenFor("email", value);
    await flushTokenVault();
    const rows = await db.privacyToken.findMany({ where: { token } });
    expect(rows).toHaveLength(1);
    expect(rows[0].ciphertext).toBe(row.ciphertext);
  });

  test("revealed with privacy:reveal and a reason, audited without the value; refused otherwise", async () => {
    const value = `${uniqueName("reveal")}@example.test`;
    const token = createMaskingContext().tokenFor("email", value);
    const reason = "Customer asked which address we hold";

    const res = await call<{ token: string; kind: string; value: string }>(
      reveal.POST,
      "POST",
      "/api/v1/privacy/tokens/reveal",
      {
        apiKey: officer,
        body: { token, reason },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ token, kind: "email", value });
    const events = await findAuditEvents({ category: "privacy", action: "token_revealed", target: token });
    expect(events).toHaveLength(1);
    expect(events[0].details).toEqual({ token, reason });
    expect(JSON.stringify(events[0].stored)).not.toContain(value);

    const denied = await call<ErrorBody>(reveal.POST, "POST", "/api/v1/privacy/tokens/reveal", {
      apiKey: auditor,
      body: { token, reason },
    });
    expect(denied.status).toBe(403);
    expect(JSON.stringify(denied.body)).not.toContain(value);

    const noReason = await call<ErrorBody>(reveal.POST, "POST", "/api/v1/privacy/tokens/reveal", {
      apiKey: officer,
      body: { token, reason: "why" },
    });
    expect(noReason.status).toBe(400);

    const unknown = await call<ErrorBody>(reveal.POST, "POST", "/api/v1/privacy/tokens/reveal", {
      apiKey: officer,
      body: { token: "<EMAIL_00000000>", reason },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
  });
});

describe("POST /api/v1/privacy/detect", () => {
  test("findings, each enabled policy's preview and each strategy", async () => {
    const policy = await createPolicy({
      name: uniqueName("preview hash"),
      toolPattern: "preview/*",
      detectors: ["email"],
      strategy: "hash",
    });
    const email = `${uniqueName("sample")}@example.com`;
    const text = `Mail ${email} or card 4111 1111 1111 1111`;
    const res = await call<DetectSampleResult>(detect.POST, "POST", "/api/v1/privacy/detect", {
      apiKey: auditor,
      body: { text },
    });
    expect(res.status).toBe(200);
    expect(res.body.findings.map((f) => [f.detectorId, f.value])).toEqual([
      ["email", email],
      ["card", "4111 1111 1111 1111"],
    ]);
    const preview = res.body.previews.find((p) => p.policyId === policy.id)!;
    expect(preview.text).toMatch(/^Mail <EMAIL#[0-9a-f]{12}> or card 4111 1111 1111 1111$/);
    const byStrategy = Object.fromEntries(res.body.strategies.map((s) => [s.strategy, s.text]));
    expect(byStrategy.none).toBe(text);
    expect(byStrategy.full).toBe("Mail *** or card ***");
    expect(byStrategy.partial).toContain("s***@example.com");
    expect(byStrategy.tokenize).toMatch(/<EMAIL_[0-9a-f]{8}>/);
    // Previews never fill the vault: a sample is not a person's data to keep.
    await flushTokenVault();
    const token = byStrategy.tokenize.match(/<EMAIL_[0-9a-f]{8}>/)![0];
    expect(await db.privacyToken.count({ where: { token } })).toBe(0);
  });

  test("a sample over 100 KB is refused", async () => {
    const res = await call<ErrorBody>(detect.POST, "POST", "/api/v1/privacy/detect", {
      apiKey: officer,
      body: { text: "é".repeat(60_000) },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("The sample is larger than 100 KB.");
  });
});
