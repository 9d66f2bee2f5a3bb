import { describe, expect, test } from "vitest";
import { TOOL_PATTERN_REGEX, matchesToolPattern } from "@/lib/rbac/tool-pattern";

describe("matchesToolPattern", () => {
  test.each([
    ["everything/echo", "everything/echo", true],
    ["everything/echo", "everything/echo2", false],
    ["everything/echo", "xeverything/echo", false],
    ["everything/*", "everything/echo", true],
    ["everything/*", "everything/", true],
    ["everything/*", "everythingelse/echo", false],
    ["*/echo", "any/echo", true],
    ["*/echo", "any/echoes", false],
    ["*", "a/b", true],
    ["*/*", "a/b", true],
    ["git*/get_*", "github/get_issue", true],
    ["git*/get_*", "gitlab/list_issues", false],
    ["everything/get_*_env", "everything/get_tiny_env", true],
    ["everything/get_*_env", "everything/get_env", false],
  ])("%s against %s -> %s", (pattern, tool, expected) => {
    expect(matchesToolPattern(pattern, tool)).toBe(expected);
  });

  test("regex metacharacters in a pattern are literal", () => {
    expect(matchesToolPattern("srv.v1/tool", "srv.v1/tool")).toBe(true);
    expect(matchesToolPattern("srv.v1/tool", "srvXv1/tool")).toBe(false);
    expect(matchesToolPattern("a+b/(x)", "a+b/(x)")).toBe(true);
    expect(matchesToolPattern("a+b/(x)", "aab/x")).toBe(false);
    expect(matchesToolPattern("s/[ab]", "s/a")).toBe(false);
    expect(matchesToolPattern("s/^x$", "s/^x$")).toBe(true);
  });

  test("matching is case-sensitive", () => {
    expect(matchesToolPattern("everything/Echo", "everything/echo")).toBe(false);
  });

  test("the same pattern gives the same answers when reused (compiled once)", () => {
    expect(matchesToolPattern("cache/*", "cache/a")).toBe(true);
    expect(matchesToolPattern("cache/*", "other/a")).toBe(false);
    expect(matchesToolPattern("cache/*", "cache/b")).toBe(true);
  });
});

describe("TOOL_PATTERN_REGEX (what a role may hold)", () => {
  test.each(["everything/*", "everything/echo", "*/*", "my-server/tool.v2", "srv_1/sub/tool"])(
    "accepts %s",
    (pattern) => {
      expect(TOOL_PATTERN_REGEX.test(pattern)).toBe(true);
    },
  );

  test.each(["everything", "/echo", "everything/", "every thing/echo", "srv/tool;drop", "srv/(x)", ""])(
    "rejects %j",
    (pattern) => {
      expect(TOOL_PATTERN_REGEX.test(pattern)).toBe(false);
    },
  );
});

describe("TOOL_PATTERN_REGEX for prompts and resources", () => {
  test.each([
    "everything/prompt:simple-prompt",
    "everything/prompt:*",
    "everything/resource:demo://resource/static/document/a.md",
    "everything/resource:*",
  ])("accepts %s", (pattern) => {
    expect(TOOL_PATTERN_REGEX.test(pattern)).toBe(true);
  });
});
