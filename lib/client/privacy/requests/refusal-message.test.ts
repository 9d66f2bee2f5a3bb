import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api-error";
import { FOUR_EYES_MESSAGE, refusalMessage } from "@/lib/client/privacy/requests/refusal-message";

describe("refusalMessage", () => {
  it("explains a four-eyes refusal in the console's words", () => {
    const error = new ApiError(403, "forbidden", "server words", null, {}, { reason: "four_eyes" });
    expect(refusalMessage(error)).toBe(FOUR_EYES_MESSAGE);
  });

  it("shows the server's message otherwise, marking other 403s as refusals", () => {
    expect(refusalMessage(new ApiError(409, "conflict", "The request moved on."))).toBe(
      "The request moved on.",
    );
    expect(refusalMessage(new ApiError(403, "forbidden", "Missing privacy:approve."))).toBe(
      "Refused: Missing privacy:approve.",
    );
    expect(refusalMessage(new Error("boom"))).toBe("Something went wrong. Try again.");
  });
});
