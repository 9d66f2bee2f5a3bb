import { describe, expect, it } from "vitest";
import { emailDetector } from "@/lib/privacy/detection/detect-email";
import { valuesFoundBy } from "@/tests/helpers/detector-values";
import type { Finding } from "@/lib/privacy/detection/detection-types";

const found = (text: string) => valuesFoundBy(emailDetector, text);

describe("emailDetector", () => {
  it("finds addresses in prose, JSON and mailto links, with positions and a lower-case form", () => {
    const text =
      'Write to Jane.Doe@Example.com, {"to":"ops+alerts@mail.example.org"} or mailto:x_y@sub.example.co.uk.';
    expect(found(text)).toEqual([
      "Jane.Doe@Example.com",
      "ops+alerts@mail.example.org",
      "x_y@sub.example.co.uk",
    ]);
    const out: Finding[] = [];
    emailDetector.find(text, out);
    expect(text.slice(out[0]!.start, out[0]!.end)).toBe("Jane.Doe@Example.com");
    expect(out[0]!.normalized).toBe("jane.doe@example.com");
  });

  it("does not take a full stop or a leading dot into the address", () => {
    expect(found("mail .jane@example.com.")).toEqual(["jane@example.com"]);
  });

  it("finds no address where there is none", () => {
    expect(
      found("user@localhost, @handle, a@b, name@, @example.com, jane@@example.com, x@-bad-.com"),
    ).toEqual([]);
    expect(found("no at sign at all")).toEqual([]);
  });
});
