import { describe, expect, it } from "vitest";
import { extendedDueAt, remainingExtensionDays } from "@/lib/client/privacy/requests/extension-days";

describe("extension days", () => {
  const initial = "2027-01-01T12:00:00.000Z";

  it("leaves 60 days before any extension, and what is left after some", () => {
    expect(remainingExtensionDays(initial, initial)).toBe(60);
    expect(remainingExtensionDays(initial, "2027-01-31T12:00:00.000Z")).toBe(30);
    expect(remainingExtensionDays(initial, "2027-03-02T12:00:00.000Z")).toBe(0);
  });

  it("moves the due date by whole days", () => {
    expect(extendedDueAt(initial, 14)).toBe("2027-01-15T12:00:00.000Z");
  });
});
