import { describe, expect, it } from "vitest";
import { purposeDeleteBlocker } from "@/lib/client/privacy/purpose-delete-blocker";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";

const custom: PurposeView = {
  key: "newsletter",
  name: "Newsletter",
  description: "",
  legalBasis: "consent",
  isBuiltIn: false,
  recordCount: 0,
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
};

describe("purposeDeleteBlocker", () => {
  it("lets a custom purpose without records go", () => {
    expect(purposeDeleteBlocker(custom)).toBeNull();
  });

  it("keeps built-ins", () => {
    expect(purposeDeleteBlocker({ ...custom, isBuiltIn: true })).toBe("Built-in purposes cannot be deleted.");
  });

  it("keeps a purpose that records name, counting them", () => {
    expect(purposeDeleteBlocker({ ...custom, recordCount: 1 })).toMatch(/^1 consent record names it\./);
    expect(purposeDeleteBlocker({ ...custom, recordCount: 7 })).toMatch(/^7 consent records name it\./);
  });
});
