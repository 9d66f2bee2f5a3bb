import { describe, expect, test } from "vitest";
import { evaluateTransition, isBreached, type InstanceState } from "@/lib/alerts/evaluate-transition";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Runs the evaluations in order and returns every event with the second it happened at. */
function run(forSeconds: number, steps: Array<[seconds: number, breached: boolean]>) {
  let state: InstanceState | null = null;
  const events: string[] = [];
  for (const [seconds, breached] of steps) {
    const result = evaluateTransition({ previous: state, breached, now: at(seconds), forSeconds });
    state = result.next;
    events.push(...result.events.map((event) => `${seconds}:${event}`));
  }
  return { state, events };
}

describe("evaluateTransition", () => {
  test("pending, then firing once the condition held for the for duration", () => {
    const { state, events } = run(60, [
      [0, true],
      [30, true],
      [60, true],
      [90, true],
    ]);
    expect(events).toEqual(["0:pending", "60:firing"]);
    expect(state).toEqual({ state: "firing", pendingSince: at(0), firedAt: at(60), resolvedAt: null });
  });

  test("a for duration of 0 fires at the first breach", () => {
    expect(run(0, [[0, true]]).events).toEqual(["0:firing"]);
  });

  test("resolves when the condition clears after firing", () => {
    const { state, events } = run(30, [
      [0, true],
      [30, true],
      [60, false],
      [90, false],
    ]);
    expect(events).toEqual(["0:pending", "30:firing", "60:resolved"]);
    expect(state?.state).toBe("resolved");
    expect(state?.resolvedAt).toEqual(at(60));
  });

  test("flapping: a condition that clears while pending goes back without firing", () => {
    const { state, events } = run(60, [
      [0, true],
      [30, false],
      [60, true],
      [90, false],
      [120, true],
    ]);
    expect(events).toEqual(["0:pending", "60:pending", "120:pending"]);
    expect(state?.state).toBe("pending");
    expect(state?.pendingSince).toEqual(at(120));
  });

  test("fires again after a resolve, with a fresh pending period", () => {
    const { events } = run(30, [
      [0, true],
      [30, true],
      [60, false],
      [90, true],
      [120, true],
    ]);
    expect(events).toEqual(["0:pending", "30:firing", "60:resolved", "90:pending", "120:firing"]);
  });

  test("a condition known to have begun earlier counts from then", () => {
    const first = evaluateTransition({
      previous: null,
      breached: true,
      now: at(30),
      forSeconds: 60,
      since: at(-40),
    });
    expect(first.events).toEqual(["pending", "firing"]);
    expect(first.next?.pendingSince).toEqual(at(-40));
    const later = evaluateTransition({
      previous: null,
      breached: true,
      now: at(30),
      forSeconds: 60,
      since: at(0),
    });
    expect(later.events).toEqual(["pending"]);
    expect(later.next?.pendingSince).toEqual(at(0));
  });

  test("comparisons; no data never breaches", () => {
    expect(isBreached(6, "gt", 5)).toBe(true);
    expect(isBreached(5, "gt", 5)).toBe(false);
    expect(isBreached(5, "gte", 5)).toBe(true);
    expect(isBreached(98, "lt", 99)).toBe(true);
    expect(isBreached(99, "lte", 99)).toBe(true);
    expect(isBreached(null, "lt", 99)).toBe(false);
  });
});
