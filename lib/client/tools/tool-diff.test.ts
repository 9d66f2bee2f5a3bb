import { describe, expect, it } from "vitest";
import {
  countChanges,
  diffLines,
  toDiffLines,
  toSideBySide,
  type DiffLine,
} from "@/lib/client/tools/tool-diff";

const kinds = (lines: DiffLine[]) =>
  lines.map((l) => `${l.type === "same" ? " " : l.type === "added" ? "+" : "-"}${l.text}`);

describe("diffLines", () => {
  it("marks nothing when both sides are equal", () => {
    const lines = diffLines(["a", "b"], ["a", "b"]);
    expect(kinds(lines)).toEqual([" a", " b"]);
    expect(lines.map((l) => [l.beforeNo, l.afterNo])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it("finds a changed line in the middle and numbers both sides", () => {
    const lines = diffLines(["a", "b", "c"], ["a", "B", "c"]);
    expect(kinds(lines)).toEqual([" a", "-b", "+B", " c"]);
    expect(lines.map((l) => [l.beforeNo, l.afterNo])).toEqual([
      [1, 1],
      [2, null],
      [null, 2],
      [3, 3],
    ]);
  });

  it("keeps the longest common subsequence between insertions and deletions", () => {
    expect(kinds(diffLines(["x", "a", "b", "c"], ["a", "y", "b", "c", "z"]))).toEqual([
      "-x",
      " a",
      "+y",
      " b",
      " c",
      "+z",
    ]);
  });

  it("handles empty sides", () => {
    expect(kinds(diffLines([], ["a"]))).toEqual(["+a"]);
    expect(kinds(diffLines(["a"], []))).toEqual(["-a"]);
    expect(diffLines([], [])).toEqual([]);
  });

  it("falls back to a wholesale replacement for very large middles", () => {
    const before = Array.from({ length: 2100 }, (_, i) => `b${i}`);
    const after = Array.from({ length: 2100 }, (_, i) => `a${i}`);
    const { added, removed } = countChanges(diffLines(before, after));
    expect([added, removed]).toEqual([2100, 2100]);
  });
});

describe("toSideBySide", () => {
  it("pairs removed and added lines on the same rows", () => {
    const rows = toSideBySide(diffLines(["a", "b", "c", "d"], ["a", "B", "c"]));
    expect(rows.map((r) => [r.left?.text ?? null, r.right?.text ?? null])).toEqual([
      ["a", "a"],
      ["b", "B"],
      ["c", "c"],
      ["d", null],
    ]);
    expect(rows[1].left?.type).toBe("removed");
    expect(rows[1].right?.type).toBe("added");
  });

  it("leaves the left side empty for pure additions", () => {
    const rows = toSideBySide(diffLines(["a"], ["a", "b", "c"]));
    expect(rows.map((r) => [r.left?.no ?? null, r.right?.no ?? null])).toEqual([
      [1, 1],
      [null, 2],
      [null, 3],
    ]);
  });
});

describe("toDiffLines", () => {
  it("splits text into lines as it is", () => {
    expect(toDiffLines("one\ntwo\r\nthree")).toEqual(["one", "two", "three"]);
  });

  it("pretty-prints JSON with sorted keys so reordering is no change", () => {
    expect(toDiffLines({ b: 1, a: { d: 2, c: 3 } })).toEqual(toDiffLines({ a: { c: 3, d: 2 }, b: 1 }));
    expect(toDiffLines({ b: 1, a: [2] })).toEqual(["{", '  "a": [', "    2", "  ],", '  "b": 1', "}"]);
  });

  it("gives no lines for null", () => {
    expect(toDiffLines(null)).toEqual([]);
  });
});
