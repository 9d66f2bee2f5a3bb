import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "@/lib/privacy/detection/create-detection-engine";
import { maskText } from "@/lib/privacy/masking/mask-text";
import { testMaskingContext as ctx } from "@/tests/helpers/masking-context";
import type { StrategyFor } from "@/lib/privacy/masking/masking-types";

const engine = createDetectionEngine();

describe("maskText", () => {
  it("replaces each finding by its strategy and reports what it masked", () => {
    const text = "Mail jane@example.com, card 4242 4242 4242 4242, from 203.0.113.7.";
    const strategyFor: StrategyFor = (finding) =>
      finding.kind === "card" ? "partial" : finding.kind === "ip" ? "redact" : "full";
    const result = maskText(text, engine, strategyFor, ctx);
    expect(result.text).toBe("Mail ***, card **** **** **** 4242, from .");
    expect(result.masked.map((finding) => finding.kind)).toEqual(["email", "card", "ip"]);
  });

  it("leaves findings the policy does not mask", () => {
    const result = maskText(
      "jane@example.com from 203.0.113.7",
      engine,
      (finding) => (finding.kind === "ip" ? "full" : null),
      ctx,
    );
    expect(result.text).toBe("jane@example.com from ***");
  });

  it("returns the same string when nothing is masked", () => {
    const text = `Nothing personal here, ${"order 123456789012 ".repeat(3)}`;
    expect(maskText(text, engine, () => "full", ctx).text).toBe(text);
    const withEmail = "write to jane@example.com";
    const untouched = maskText(withEmail, engine, () => null, ctx);
    expect(untouched.text).toBe(withEmail);
    expect(untouched.masked).toEqual([]);
  });
});
