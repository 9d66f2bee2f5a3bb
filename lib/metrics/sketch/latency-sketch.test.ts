import { describe, expect, test } from "vitest";
import {
  encodeSketch,
  mergeEncodedInto,
  newLatencySketch,
  quantileOf,
} from "@/lib/metrics/sketch/latency-sketch";

// A deterministic spread from sub-millisecond to seconds, with a long tail.
function latencies(count: number, seed: number): number[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => 0.2 + next() ** 4 * 5000);
}

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))];
}

describe("latency sketch", () => {
  test("merged stored sketches give a sorted array's quantiles within 1 %", () => {
    const parts = [latencies(5000, 1), latencies(300, 2), latencies(12000, 3), [0, 0, 0]];
    const merged = newLatencySketch();
    for (const part of parts) {
      const sketch = newLatencySketch();
      for (const value of part) sketch.accept(value);
      mergeEncodedInto(merged, encodeSketch(sketch));
    }
    const all = parts.flat().sort((a, b) => a - b);
    expect(merged.count).toBe(all.length);
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const exact = exactQuantile(all, q);
      expect(Math.abs(quantileOf(merged, q)! - exact) / exact).toBeLessThanOrEqual(0.0101);
    }
  });

  test("merging stored sketches equals one sketch fed every value", () => {
    const values = latencies(2000, 7);
    const whole = newLatencySketch();
    for (const value of values) whole.accept(value);
    const merged = newLatencySketch();
    for (let i = 0; i < values.length; i += 500) {
      const sketch = newLatencySketch();
      for (const value of values.slice(i, i + 500)) sketch.accept(value);
      mergeEncodedInto(merged, encodeSketch(sketch));
    }
    for (const q of [0.5, 0.95, 0.99]) expect(quantileOf(merged, q)).toBe(quantileOf(whole, q));
    expect(merged.sum).toBeCloseTo(whole.sum, 6);
  });

  test("an empty sketch has no quantiles and stores as an empty one", () => {
    const empty = newLatencySketch();
    expect(quantileOf(empty, 0.95)).toBeNull();
    const merged = newLatencySketch();
    mergeEncodedInto(merged, encodeSketch(empty));
    expect(merged.count).toBe(0);
  });
});
