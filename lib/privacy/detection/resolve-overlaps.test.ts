import { describe, expect, it } from "vitest";
import type { Finding, PiiKind } from "@/lib/privacy/detection/detection-types";
import { resolveOverlaps } from "@/lib/privacy/detection/resolve-overlaps";

function finding(kind: PiiKind, start: number, end: number): Finding {
  return { kind, detectorId: kind, start, end, value: "x".repeat(end - start) };
}
const priority: PiiKind[] = ["card", "phone"];
const priorityOf = (f: Finding) => priority.indexOf(f.kind);

describe("resolveOverlaps", () => {
  it("keeps the earliest finding, then the longest, then the detector listed first", () => {
    const kept = resolveOverlaps(
      [
        finding("phone", 10, 20),
        finding("phone", 0, 5),
        finding("card", 10, 20),
        finding("email", 3, 30),
        finding("ip", 0, 8),
      ],
      priorityOf,
    );
    // ip (0–8) starts first and is longer than phone (0–5); email (3–30) overlaps it and goes; of the
    // two at 10–20, card is listed first.
    expect(kept.map((f) => [f.kind, f.start, f.end])).toEqual([
      ["ip", 0, 8],
      ["card", 10, 20],
    ]);
    const ties = resolveOverlaps(
      [finding("phone", 10, 20), finding("card", 10, 20), finding("dob", 20, 25)],
      priorityOf,
    );
    expect(ties.map((f) => [f.kind, f.start])).toEqual([
      ["card", 10],
      ["dob", 20],
    ]);
  });
});
