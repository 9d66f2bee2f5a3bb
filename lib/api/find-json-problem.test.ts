import { describe, expect, test } from "vitest";
import { findJsonProblem, MAX_JSON_DEPTH, textProblem } from "@/lib/api/find-json-problem";

function nested(levels: number): unknown {
  return JSON.parse("[".repeat(levels) + "]".repeat(levels));
}

describe("findJsonProblem: depth", () => {
  test("scalars and flat values are depth 1", () => {
    for (const value of [null, 1, "x", true, [], {}])
      expect(findJsonProblem(value, { maxDepth: 1 })).toBeNull();
    expect(findJsonProblem({ a: { b: 1 } }, { maxDepth: 1 })).toBe("too_deep");
  });

  test("counts objects and arrays alike, on any branch", () => {
    expect(findJsonProblem({ a: [{ b: [] }] }, { maxDepth: 4 })).toBeNull();
    expect(findJsonProblem({ a: [{ b: [] }] }, { maxDepth: 3 })).toBe("too_deep");
    expect(findJsonProblem([1, "x", { ok: true }, [[[[]]]]], { maxDepth: 4 })).toBe("too_deep");
  });

  test("exactly the limit passes; one more fails; a 10,000-level bomb fails without overflowing", () => {
    expect(findJsonProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findJsonProblem(nested(MAX_JSON_DEPTH + 1))).toBe("too_deep");
    expect(findJsonProblem(nested(10_000))).toBe("too_deep");
  });

  test("a key named __proto__ is an ordinary child", () => {
    expect(findJsonProblem(JSON.parse('{"__proto__": {"a": {"b": 1}}}'), { maxDepth: 2 })).toBe("too_deep");
  });
});

describe("findJsonProblem: text", () => {
  test("lone surrogates in values or keys, anywhere", () => {
    expect(findJsonProblem(JSON.parse('{"name": "a\\ud800"}'))).toBe("lone_surrogate");
    expect(findJsonProblem(JSON.parse('{"\\udc00": 1}'))).toBe("lone_surrogate");
    expect(findJsonProblem(JSON.parse('[[{"x": ["ok", "\\ud83d"]}]]'))).toBe("lone_surrogate");
    expect(findJsonProblem({ emoji: "😀 ok", accents: "é" })).toBeNull();
  });

  test("NUL is refused unless allowed", () => {
    expect(findJsonProblem({ q: "a\u0000b" })).toBe("nul");
    expect(findJsonProblem({ "k\u0000": 1 })).toBe("nul");
    expect(findJsonProblem({ q: "a\u0000b" }, { allowNul: true })).toBeNull();
    expect(textProblem("\u0000")).toBe("nul");
    expect(textProblem("plain")).toBeNull();
  });
});
