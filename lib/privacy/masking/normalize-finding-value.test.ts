import { describe, expect, it } from "vitest";
import type { PiiKind } from "@/lib/privacy/detection/detection-types";
import { normalizeFindingValue } from "@/lib/privacy/masking/normalize-finding-value";

const normalize = (kind: PiiKind, value: string, normalized?: string) =>
  normalizeFindingValue({
    kind,
    detectorId: kind,
    start: 0,
    end: value.length,
    value,
    ...(normalized ? { normalized } : {}),
  });

describe("normalizeFindingValue", () => {
  it("prefers the detector's canonical form", () => {
    expect(normalize("phone", "(202) 555-0143", "+12025550143")).toBe("+12025550143");
  });

  it("normalizes by kind otherwise", () => {
    expect(normalize("email", " Jane@Example.COM ")).toBe("jane@example.com");
    expect(normalize("phone", "+44 20 7946 0958")).toBe("+442079460958");
    expect(normalize("card", "4242-4242 4242 4242")).toBe("4242424242424242");
    expect(normalize("ssn", "123-45-6789")).toBe("123456789");
    expect(normalize("iban", "gb82 west 1234 5698 7654 32")).toBe("GB82WEST12345698765432");
    expect(normalize("ip", "2001:DB8::1")).toBe("2001:db8::1");
    expect(normalize("custom", "EMP-004211")).toBe("EMP-004211");
  });
});
