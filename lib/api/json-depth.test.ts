import { describe, expect, test } from "vitest";
import { isNestedDeeperThan, MAX_JSON_DEPTH } from "@/lib/api/json-depth";

function nested(levels: number): unknown {
  return JSON.parse("[".repeat(levels) + "]".repeat(levels));
}

describe("isNestedDeeperThan", () => {
  test("scalars and flat values are depth 1", () => {
    for (const value of [null, 1, "x", true, [], {}]) expect(isNestedDeeperThan(value, 1)).toBe(false);
    expect(isNestedDeeperThan({ a: { b: 1 } }, 1)).toBe(true);
  });

  test("counts objects and arrays alike, on any branch", () => {
    expect(isNestedDeeperThan({ a: [{ b: [] }] }, 4)).toBe(false);
    expect(isNestedDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
    expect(isNestedDeeperThan([1, "x", { ok: true }, [[[[]]]]], 4)).toBe(true);
  });

  test("exactly the limit passes; one more fails; a 10,000-level bomb fails without overflowing", () => {
    expect(isNestedDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(isNestedDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(isNestedDeeperThan(nested(10_000), MAX_JSON_DEPTH)).toBe(true);
  });

  test("a key named __proto__ is an ordinary child", () => {
    expect(isNestedDeeperThan(JSON.parse('{"__proto__": {"a": {"b": 1}}}'), 2)).toBe(true);
  });
});
