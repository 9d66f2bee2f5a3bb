import { describe, expect, it } from "vitest";
import { ibanDetector } from "@/lib/privacy/detection/detect-iban";
import { valuesFoundBy } from "@/tests/helpers/detector-values";
import type { Finding } from "@/lib/privacy/detection/detection-types";

describe("ibanDetector", () => {
  it("finds electronic and printed IBANs with a valid checksum", () => {
    const text = "Pay GB82WEST12345698765432 or DE89 3704 0044 0532 0130 00, NO93 8601 1117 947.";
    expect(valuesFoundBy(ibanDetector, text)).toEqual([
      "GB82WEST12345698765432",
      "DE89 3704 0044 0532 0130 00",
      "NO93 8601 1117 947",
    ]);
    const out: Finding[] = [];
    ibanDetector.find("IBAN: DE89 3704 0044 0532 0130 00", out);
    expect(out[0]!.normalized).toBe("DE89370400440532013000");
  });

  it("drops an upper-case word the printed form swallowed", () => {
    expect(valuesFoundBy(ibanDetector, "BE71 0961 2345 6769 THEN PAY")).toEqual(["BE71 0961 2345 6769"]);
  });

  it("does not find an IBAN glued to more characters, of an unknown country, or in lower case", () => {
    const text = "GB82WEST123456987654321 XX82 WEST 1234 5698 7654 32 gb82 west 1234 5698 7654 32";
    expect(valuesFoundBy(ibanDetector, text)).toEqual([]);
  });

  it("does not find IBANs with a bad checksum or a wrong length", () => {
    expect(
      valuesFoundBy(
        ibanDetector,
        "GB82WEST12345698765433 GB83 WEST 1234 5698 7654 32 DE89 3704 0044 0532 0130 0",
      ),
    ).toEqual([]);
  });
});
