import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "@/lib/privacy/detection/create-detection-engine";
import { BUILT_IN_DETECTORS } from "@/lib/privacy/detection/built-in-detectors";
import { PII_KINDS } from "@/lib/privacy/detection/detection-types";

const MIXED = [
  "Hi, I am Jane (jane.doe@example.com, +44 20 7946 0958), born 31 January 1990.",
  'Payment: {"card":"4242 4242 4242 4242","iban":"GB82 WEST 1234 5698 7654 32","ssn":"123-45-6789"}',
  "Seen from 203.0.113.7 and 2001:db8::1 running v1.2.3.4; order 123456789012 shipped 2024-01-31.",
].join("\n");

describe("createDetectionEngine", () => {
  it("finds every kind in mixed text, sorted by position and not overlapping", () => {
    const findings = createDetectionEngine().detect(MIXED);
    expect(findings.map((finding) => [finding.kind, finding.value])).toEqual([
      ["email", "jane.doe@example.com"],
      ["phone", "+44 20 7946 0958"],
      ["dob", "31 January 1990"],
      ["card", "4242 4242 4242 4242"],
      ["iban", "GB82 WEST 1234 5698 7654 32"],
      ["ssn", "123-45-6789"],
      ["ip", "203.0.113.7"],
      ["ip", "2001:db8::1"],
    ]);
    for (const finding of findings) expect(MIXED.slice(finding.start, finding.end)).toBe(finding.value);
  });

  it("runs only the chosen built-in kinds", () => {
    const findings = createDetectionEngine({ kinds: ["email", "ip"] }).detect(MIXED);
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(new Set(["email", "ip"]));
  });

  it("reads national phone numbers in the default region", () => {
    expect(
      createDetectionEngine({ defaultRegion: "GB" })
        .detect("Tel. 020 7946 0958")
        .map((f) => f.value),
    ).toEqual(["020 7946 0958"]);
    expect(createDetectionEngine().detect("Tel. 020 7946 0958")).toEqual([]);
  });

  it("runs custom detectors and lists those that do not compile", () => {
    const engine = createDetectionEngine({
      custom: [
        { id: "emp", name: "Employee id", pattern: "EMP-\\d{6}", sample: "EMP-000001" },
        { id: "broken", name: "Broken", pattern: "(a+)+", sample: "aa" },
      ],
    });
    expect(engine.detect("ticket for EMP-004211").map((f) => [f.kind, f.detectorId, f.value])).toEqual([
      ["custom", "emp", "EMP-004211"],
    ]);
    expect(engine.skipped.map((skipped) => skipped.id)).toEqual(["broken"]);
  });

  it("keeps the earliest, then the longest, finding where detectors overlap", () => {
    const engine = createDetectionEngine({
      kinds: ["email"],
      custom: [
        { id: "domain", name: "Example domain", pattern: "example\\.com", sample: "example.com" },
        { id: "prefix", name: "Jane prefix", pattern: "jane", sample: "jane" },
      ],
    });
    const findings = engine.detect("jane@example.com");
    expect(findings.map((f) => f.detectorId)).toEqual(["email"]);
  });

  it("finds nothing in text without personal data, and in the empty string", () => {
    const engine = createDetectionEngine();
    expect(engine.detect("")).toEqual([]);
    expect(
      engine.detect("Release 2.4.1 of the service fixes three bugs; build 10.0.19041.1 at 12:30:45."),
    ).toEqual([]);
  });

  it("describes every built-in kind for the console", () => {
    expect(BUILT_IN_DETECTORS.map((detector) => detector.id)).toEqual(
      PII_KINDS.filter((kind) => kind !== "custom"),
    );
  });
});
