import { describe, expect, it } from "vitest";
import { recordedByLabel } from "@/lib/client/privacy/recorded-by-label";

describe("recordedByLabel", () => {
  it("uses the server's label when there is one", () => {
    expect(recordedByLabel({ type: "user", id: "u1", label: "officer@example.com" })).toBe(
      "officer@example.com",
    );
  });

  it("names the kind of actor otherwise", () => {
    expect(recordedByLabel({ type: "api_key", id: "k1", label: null })).toBe("API key k1");
    expect(recordedByLabel({ type: "user", id: null, label: null })).toBe("User");
    expect(recordedByLabel({ type: "system", id: null, label: null })).toBe("System");
  });
});
