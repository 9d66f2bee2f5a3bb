import { describe, expect, test } from "vitest";
import { addDays, dueStatusOf, extendedDueAt } from "@/lib/privacy/requests/request-deadlines";

const now = new Date("2026-12-01T12:00:00Z");

describe("request deadlines", () => {
  test("due status by time left, only while open", () => {
    expect(dueStatusOf("received", addDays(now, -0.01), now)).toBe("overdue");
    expect(dueStatusOf("approved", addDays(now, 0.5), now)).toBe("due_1d");
    expect(dueStatusOf("on_hold", addDays(now, 3), now)).toBe("due_7d");
    expect(dueStatusOf("received", addDays(now, 8), now)).toBeNull();
    expect(dueStatusOf("completed", addDays(now, -3), now)).toBeNull();
    expect(dueStatusOf("cancelled", addDays(now, 0.5), now)).toBeNull();
  });

  test("extensions add up to at most 60 days past the initial deadline", () => {
    const initial = addDays(now, 30);
    expect(extendedDueAt(initial, initial, 60)).toEqual(addDays(initial, 60));
    expect(extendedDueAt(initial, initial, 61)).toBeNull();
    const once = extendedDueAt(initial, initial, 40)!;
    expect(extendedDueAt(initial, once, 20)).toEqual(addDays(initial, 60));
    expect(extendedDueAt(initial, once, 21)).toBeNull();
  });
});
