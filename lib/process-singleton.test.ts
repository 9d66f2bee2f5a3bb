import { describe, expect, it } from "vitest";
import { processSingleton, resetProcessSingleton } from "@/lib/process-singleton";

describe("processSingleton", () => {
  it("creates once per name and returns the same value after", () => {
    let created = 0;
    const first = processSingleton("test.counter", () => ({ n: ++created }));
    const second = processSingleton("test.counter", () => ({ n: ++created }));
    expect(second).toBe(first);
    expect(created).toBe(1);
    resetProcessSingleton("test.counter");
  });

  it("is shared through globalThis, so another copy of the module finds it", () => {
    const value = processSingleton("test.shared", () => ({}));
    const registry = Reflect.get(globalThis, Symbol.for("gatehouse.process-singletons"));
    expect(registry).toBeInstanceOf(Map);
    expect(registry.get("test.shared")).toBe(value);
    resetProcessSingleton("test.shared");
  });

  it("creates afresh after a reset", () => {
    const before = processSingleton("test.reset", () => ({}));
    resetProcessSingleton("test.reset");
    expect(processSingleton("test.reset", () => ({}))).not.toBe(before);
    resetProcessSingleton("test.reset");
  });
});
