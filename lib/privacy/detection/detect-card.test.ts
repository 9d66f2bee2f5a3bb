import { describe, expect, it } from "vitest";
import { cardDetector } from "@/lib/privacy/detection/detect-card";
import { valuesFoundBy } from "@/tests/helpers/detector-values";

describe("cardDetector", () => {
  it("finds Luhn-valid numbers of known brands, bare, spaced or dashed", () => {
    const text =
      "Visa 4242 4242 4242 4242, MC 5555-5555-5555-4444, Amex 3782 822463 10005, Discover 6011111111111117.";
    expect(valuesFoundBy(cardDetector, text)).toEqual([
      "4242 4242 4242 4242",
      "5555-5555-5555-4444",
      "3782 822463 10005",
      "6011111111111117",
    ]);
  });

  it("does not find Luhn-invalid numbers", () => {
    expect(valuesFoundBy(cardDetector, "4242 4242 4242 4241, 5555555555554445, 3782 822463 10006")).toEqual(
      [],
    );
  });

  it("does not find digit runs of no card brand, nor numbers of the wrong length or grouping", () => {
    // 1706659200123 is a millisecond timestamp (no brand starts with 1); 4242 4242 4242 is 12 digits;
    // mixed separators and one-digit groups are not how cards are written.
    expect(
      valuesFoundBy(
        cardDetector,
        "ts 1706659200123, 4242 4242 4242, 4242 4242-4242 4242, 4 2 4 2 4 2 4 2 4 2 4 2 4 2 4 2",
      ),
    ).toEqual([]);
  });

  it("does not take a card out of a longer number", () => {
    expect(
      valuesFoundBy(cardDetector, "id 14242424242424242 and 4242424242424242.5 and x4242424242424242"),
    ).toEqual([]);
  });
});
