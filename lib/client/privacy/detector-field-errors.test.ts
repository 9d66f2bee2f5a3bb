import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { detectorFieldErrors } from "@/lib/client/privacy/detector-field-errors";

describe("detectorFieldErrors", () => {
  it("keeps the server's field errors where they are", () => {
    const error = new ApiError(400, "invalid_input", "Invalid input", null, {
      flags: ["Flags may be i, m, s and u"],
    });
    expect(detectorFieldErrors(error)).toEqual({
      errors: { name: undefined, pattern: undefined, flags: "Flags may be i, m, s and u", sample: undefined },
      hasAny: true,
    });
  });

  it("shows a sample the pattern misses at the sample, as the server names it", () => {
    const noMatch = new ApiError(400, "invalid_input", "The pattern does not match the sample.", null, {
      sample: ["The pattern does not match the sample."],
    });
    expect(detectorFieldErrors(noMatch).errors.sample).toBe("The pattern does not match the sample.");
    expect(detectorFieldErrors(noMatch).errors.pattern).toBeUndefined();
  });

  it("shows a taken name at the name", () => {
    const taken = new ApiError(409, "conflict", "A detector with this name exists");
    expect(detectorFieldErrors(taken).errors.name).toBe("A detector with this name exists");
  });

  it("leaves other failures to a toast", () => {
    expect(detectorFieldErrors(new ApiError(500, "internal_error", "Something went wrong")).hasAny).toBe(
      false,
    );
    expect(detectorFieldErrors(new Error("offline")).hasAny).toBe(false);
  });
});
