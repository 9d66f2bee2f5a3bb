import { describe, expect, it } from "vitest";
import { segmentFindings, type Finding } from "@/lib/client/privacy/finding-segments";

const finding = (kind: string, start: number, end: number, text: string): Finding => ({
  kind,
  detectorId: kind,
  start,
  end,
  value: text.slice(start, end),
});

const shape = (segments: ReturnType<typeof segmentFindings>) =>
  segments.map((s) => (s.kind === "finding" ? `[${s.finding.kind}:${s.text}]` : s.text)).join("");

describe("segmentFindings", () => {
  const text = "Mail jane@example.com or call +1 415 555 1234.";

  it("cuts the text at each finding, in order of position", () => {
    const findings = [finding("phone", 30, 45, text), finding("email", 5, 21, text)];
    expect(shape(segmentFindings(text, findings))).toBe(
      "Mail [email:jane@example.com] or call [phone:+1 415 555 1234].",
    );
  });

  it("joins back into exactly the text", () => {
    const segments = segmentFindings(text, [finding("email", 5, 21, text)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => s.start)).toEqual([0, 5, 21]);
  });

  it("keeps the longer of two findings at the same start and drops one overlapping an earlier one", () => {
    const findings = [finding("a", 5, 9, text), finding("b", 5, 21, text), finding("c", 10, 25, text)];
    expect(shape(segmentFindings(text, findings))).toBe("Mail [b:jane@example.com] or call +1 415 555 1234.");
  });

  it("clamps offsets outside the text and ignores empty findings", () => {
    const findings = [finding("x", 40, 999, text), finding("y", 3, 3, text), finding("z", -4, 4, text)];
    expect(shape(segmentFindings(text, findings))).toBe(
      "[z:Mail] jane@example.com or call +1 415 555[x: 1234.]",
    );
  });

  it("gives one plain segment without findings and none for an empty text", () => {
    expect(segmentFindings("plain", [])).toEqual([{ kind: "text", text: "plain", start: 0 }]);
    expect(segmentFindings("", [])).toEqual([]);
  });
});
