import { describe, expect, test } from "vitest";
import { describeDays } from "@/lib/audit/retention/describe-days";

describe("describeDays", () => {
  test.each([
    [1, "1 day"],
    [6, "6 days"],
    [7, "1 week"],
    [14, "2 weeks"],
    [30, "about 4 weeks"],
    [90, "about 3 months"],
    [400, "about 13 months"],
    [729, "about 24 months"],
    [730, "about 2 years"],
    [2555, "about 7 years"],
    [36_500, "about 100 years"],
  ])("%i days reads as %s", (days, words) => {
    expect(describeDays(days)).toBe(words);
  });
});
