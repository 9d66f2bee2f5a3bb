import { describe, expect, test } from "vitest";
import { createMaskingRuntime } from "@/lib/privacy/policies/create-masking-runtime";
import type { RuntimePolicy } from "@/lib/privacy/policies/policy-precedence";
import type { Finding } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext } from "@/lib/privacy/masking/masking-types";

const context: MaskingContext = {
  keyedHash: (v) => `h(${v})`,
  tokenFor: (kind) => `<${kind.toUpperCase()}_000000>`,
};

function policy(name: string, fields: Partial<RuntimePolicy> = {}): RuntimePolicy {
  return {
    id: name,
    name,
    toolPattern: "*",
    roleName: null,
    detectors: [],
    strategy: "full",
    appliesTo: "both",
    ...fields,
  };
}

function finding(detectorId: string, kind: Finding["kind"] = "email"): Finding {
  return { kind, detectorId, start: 0, end: 1, value: "x" };
}

const ORDER = { id: "det_order", name: "Order", pattern: "ORD-\\d{6}", sample: "ORD-123456" };

describe("planFor", () => {
  const runtime = createMaskingRuntime({
    context,
    customDetectors: [ORDER],
    policies: [
      policy("service partial", { roleName: "service", strategy: "partial" }),
      policy("crm emails tokenized", {
        toolPattern: "crm/lookup",
        detectors: ["email", ORDER.id],
        strategy: "tokenize",
      }),
      policy("humans see values", { roleName: "support", strategy: "none" }),
    ],
  });

  test("role-specific beats any-role: the service role gets partial even on the exact tool", () => {
    const plan = runtime.planFor(["service"], "crm/lookup", "results");
    expect(plan?.strategyFor(finding("email"))).toBe("partial");
    expect(plan?.context).toBe(context);
  });

  test("any-role exact tool: only its detectors are masked, and only they are run", () => {
    const plan = runtime.planFor(["viewer"], "crm/lookup", "results");
    expect(plan?.strategyFor(finding("email"))).toBe("tokenize");
    expect(plan?.strategyFor(finding(ORDER.id, "custom"))).toBe("tokenize");
    expect(plan?.strategyFor(finding("phone", "phone"))).toBeNull();
    const found = plan!.engine.detect("mail jane@example.com, call +1 202 555 0143 about ORD-654321");
    expect(found.map((f) => f.detectorId).sort()).toEqual(["det_order", "email"]);
  });

  test("null when no policy applies, or the winning one is none", () => {
    expect(runtime.planFor(["viewer"], "billing/charge", "results")).toBeNull();
    expect(runtime.planFor(["support"], "billing/charge", "results")).toBeNull();
  });

  test("the runtime's own engine runs the built-ins and the custom detectors", () => {
    const kinds = runtime.engine.detect("jane@example.com ORD-123456").map((f) => f.detectorId);
    expect(kinds).toEqual(["email", ORDER.id]);
  });
});

describe("the plan memo", () => {
  test("one plan per (target, tool, roles), whatever the roles' order", () => {
    const runtime = createMaskingRuntime({
      context,
      customDetectors: [],
      policies: [policy("all", { roleName: "a" })],
    });
    const first = runtime.planFor(["a", "b"], "s/t", "results");
    expect(first).not.toBeNull();
    expect(runtime.planFor(["b", "a"], "s/t", "results")).toBe(first);
    expect(runtime.planFor(["a", "b"], "s/t", "audit")).not.toBe(first);
    expect(runtime.planFor(["a", "b"], "s/u", "results")).not.toBe(first);
  });

  test("bounded: past its size the oldest plan is computed again, the newest kept", () => {
    const runtime = createMaskingRuntime({
      context,
      customDetectors: [],
      policies: [policy("all")],
      memoSize: 2,
    });
    const one = runtime.planFor([], "s/one", "results");
    const two = runtime.planFor([], "s/two", "results");
    runtime.planFor([], "s/three", "results");
    expect(runtime.planFor([], "s/two", "results")).toBe(two);
    const oneAgain = runtime.planFor([], "s/one", "results");
    expect(oneAgain).not.toBe(one);
    expect(oneAgain?.strategyFor(finding("email"))).toBe("full");
  });

  test("plans with the same detectors share one engine", () => {
    const runtime = createMaskingRuntime({
      context,
      customDetectors: [],
      policies: [policy("emails", { detectors: ["email"] })],
    });
    expect(runtime.planFor([], "s/a", "results")?.engine).toBe(runtime.planFor([], "s/b", "results")?.engine);
  });
});
