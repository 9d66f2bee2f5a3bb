import { describe, expect, it } from "vitest";
import { MAX_RATE_LIMIT_PER_MINUTE } from "@/lib/roles/schemas";
import { rateLimitInputError } from "@/lib/client/roles/rate-limit-input-error";

describe("rateLimitInputError", () => {
  it("accepts empty (no limit of its own) and whole numbers up to the server's ceiling", () => {
    expect(rateLimitInputError("")).toBeUndefined();
    expect(rateLimitInputError("  ")).toBeUndefined();
    expect(rateLimitInputError("1")).toBeUndefined();
    expect(rateLimitInputError(String(MAX_RATE_LIMIT_PER_MINUTE))).toBeUndefined();
  });

  it("refuses zero, fractions, text and values above the ceiling with the bounds in the message", () => {
    for (const text of ["0", "1.5", "abc", "-3", String(MAX_RATE_LIMIT_PER_MINUTE + 1)]) {
      expect(rateLimitInputError(text)).toBe("Enter a whole number from 1 to 100,000,000, or leave empty.");
    }
  });
});
