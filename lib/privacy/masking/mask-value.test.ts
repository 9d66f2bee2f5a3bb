import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Finding, PiiKind } from "@/lib/privacy/detection/detection-types";
import { maskValue } from "@/lib/privacy/masking/mask-value";
import { MASK_STRATEGIES } from "@/lib/privacy/masking/masking-types";
import { keyedHashForTests, testMaskingContext as ctx } from "@/tests/helpers/masking-context";
import { describeStrategy } from "@/lib/privacy/masking/describe-strategy";

function finding(kind: PiiKind, value: string, normalized?: string): Finding {
  return {
    kind,
    detectorId: kind,
    start: 0,
    end: value.length,
    value,
    ...(normalized === undefined ? {} : { normalized }),
  };
}

describe("maskValue", () => {
  it("full, redact: asterisks or nothing whatever the kind", () => {
    expect(maskValue(finding("email", "jane@example.com"), "full", ctx)).toBe("***");
    expect(maskValue(finding("card", "4242 4242 4242 4242"), "redact", ctx)).toBe("");
  });

  it("partial: keeps what recognises the value per kind", () => {
    expect(maskValue(finding("email", "jane.doe@example.com"), "partial", ctx)).toBe("j***@example.com");
    expect(maskValue(finding("phone", "+1 (202) 555-1234"), "partial", ctx)).toBe("***-***-1234");
    expect(maskValue(finding("card", "4242-4242-4242-4242"), "partial", ctx)).toBe("**** **** **** 4242");
    expect(maskValue(finding("ssn", "123-45-6789"), "partial", ctx)).toBe("***-**-6789");
    expect(maskValue(finding("iban", "GB82 WEST 1234 5698 7654 32"), "partial", ctx)).toBe("GB82****5432");
    expect(maskValue(finding("ip", "203.0.113.7"), "partial", ctx)).toBe("203.0.113.***");
    expect(maskValue(finding("ip", "2001:db8::1"), "partial", ctx)).toBe("2001:***");
    expect(maskValue(finding("ip", "::1"), "partial", ctx)).toBe("::***");
    expect(maskValue(finding("dob", "31 January 1990"), "partial", ctx)).toBe("1990-**-**");
    expect(maskValue(finding("custom", "EMP-004211"), "partial", ctx)).toBe("E***");
  });

  it("hash: the kind and 12 hex characters of the keyed hash of the normalized value", () => {
    const masked = maskValue(finding("email", "Jane@Example.com"), "hash", ctx);
    expect(masked).toBe(`<EMAIL#${keyedHashForTests("jane@example.com").slice(0, 12)}>`);
    expect(masked).not.toContain(createHash("sha256").update("jane@example.com").digest("hex").slice(0, 12));
    // One card, two ways of writing it: one hash.
    expect(maskValue(finding("card", "4242 4242 4242 4242"), "hash", ctx)).toBe(
      maskValue(finding("card", "4242-4242-4242-4242"), "hash", ctx),
    );
    // A phone number's E.164 form from the detector is what gets hashed.
    expect(maskValue(finding("phone", "(202) 555-0143", "+12025550143"), "hash", ctx)).toBe(
      `<PHONE#${keyedHashForTests("+12025550143").slice(0, 12)}>`,
    );
  });

  it("tokenize: the injected token for the normalized value", () => {
    const token = maskValue(finding("email", "JANE@example.com"), "tokenize", ctx);
    expect(token).toMatch(/^<EMAIL_[0-9a-f]{6}>$/);
    expect(maskValue(finding("email", "jane@example.com"), "tokenize", ctx)).toBe(token);
    expect(maskValue(finding("email", "john@example.com"), "tokenize", ctx)).not.toBe(token);
  });

  it("has a label and an example for every strategy", () => {
    for (const strategy of MASK_STRATEGIES) expect(describeStrategy(strategy).label).not.toBe("");
    expect(describeStrategy("partial").example).toBe("j***@example.com");
  });
});
