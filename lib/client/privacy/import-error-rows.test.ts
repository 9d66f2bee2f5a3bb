import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { importErrorRows } from "@/lib/client/privacy/import-error-rows";

describe("importErrorRows", () => {
  it("reads the bad rows of a refused import", () => {
    const error = new ApiError(
      400,
      "invalid_input",
      "3 rows are not valid",
      null,
      {},
      {
        errors: [
          { line: 2, message: "Unknown purpose" },
          { line: 5, message: "Give an email, a phone number, an external id or a subject id" },
        ],
      },
    );
    expect(importErrorRows(error)).toEqual([
      { line: 2, message: "Unknown purpose" },
      { line: 5, message: "Give an email, a phone number, an external id or a subject id" },
    ]);
  });

  it("skips malformed entries", () => {
    const error = new ApiError(
      400,
      "invalid_input",
      "Bad",
      null,
      {},
      { errors: [{ line: "2" }, { line: 3, message: "x" }] },
    );
    expect(importErrorRows(error)).toEqual([{ line: 3, message: "x" }]);
  });

  it("is null for errors without rows", () => {
    expect(importErrorRows(new ApiError(403, "forbidden", "No"))).toBeNull();
    expect(importErrorRows(new Error("boom"))).toBeNull();
  });
});
