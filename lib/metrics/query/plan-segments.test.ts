import { describe, expect, test } from "vitest";
import { planSegments } from "@/lib/metrics/query/plan-segments";

const NOW = Date.parse("2026-12-03T12:34:30Z");
const plan = (from: string, to: string) =>
  planSegments(new Date(from), new Date(to), NOW).map(
    (s) => `${s.tier} ${s.from.toISOString()} ${s.to.toISOString()}`,
  );

describe("planSegments", () => {
  test("15 minutes are minutes, the current one whole", () => {
    expect(plan("2026-12-03T12:19:30Z", "2026-12-03T12:34:30Z")).toEqual([
      "minute 2026-12-03T12:19:00.000Z 2026-12-03T12:35:00.000Z",
    ]);
  });

  test("a day is whole hours with minutes at the edges", () => {
    expect(plan("2026-12-02T12:34:30Z", "2026-12-03T12:34:30Z")).toEqual([
      "minute 2026-12-02T12:34:00.000Z 2026-12-02T13:00:00.000Z",
      "hour 2026-12-02T13:00:00.000Z 2026-12-03T12:00:00.000Z",
      "minute 2026-12-03T12:00:00.000Z 2026-12-03T12:35:00.000Z",
    ]);
  });

  test("30 days: whole days, hours, and minutes; the edge past 14 days widens to its hour", () => {
    expect(plan("2026-11-03T12:34:30Z", "2026-12-03T12:34:30Z")).toEqual([
      "hour 2026-11-03T12:00:00.000Z 2026-11-03T13:00:00.000Z",
      "hour 2026-11-03T13:00:00.000Z 2026-11-04T00:00:00.000Z",
      "day 2026-11-04T00:00:00.000Z 2026-12-03T00:00:00.000Z",
      "hour 2026-12-03T00:00:00.000Z 2026-12-03T12:00:00.000Z",
      "minute 2026-12-03T12:00:00.000Z 2026-12-03T12:35:00.000Z",
    ]);
  });

  test("segments never overlap and cover the range", () => {
    const segments = planSegments(new Date("2026-11-20T05:07:00Z"), new Date("2026-12-01T23:59:00Z"), NOW);
    for (let i = 1; i < segments.length; i++)
      expect(segments[i].from.getTime()).toBe(segments[i - 1].to.getTime());
    expect(segments[0].from.toISOString()).toBe("2026-11-20T05:07:00.000Z");
    expect(segments.at(-1)!.to.toISOString()).toBe("2026-12-01T23:59:00.000Z");
  });
});
