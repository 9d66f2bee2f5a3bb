import { describe, expect, it } from "vitest";
import { createPhoneDetector } from "@/lib/privacy/detection/detect-phone";
import { valuesFoundBy } from "@/tests/helpers/detector-values";
import type { Finding } from "@/lib/privacy/detection/detection-types";

const us = createPhoneDetector();
const gb = createPhoneDetector("GB");

describe("createPhoneDetector", () => {
  it("finds international numbers in any region, normalized to E.164", () => {
    const text = "London +44 20 7946 0958, Washington +1-202-555-0143, compact +442079460958.";
    expect(valuesFoundBy(us, text)).toEqual(["+44 20 7946 0958", "+1-202-555-0143", "+442079460958"]);
    const out: Finding[] = [];
    us.find(text, out);
    expect(out.map((finding) => finding.normalized)).toEqual([
      "+442079460958",
      "+12025550143",
      "+442079460958",
    ]);
  });

  it("finds national numbers of the default region only", () => {
    expect(valuesFoundBy(us, "Call (202) 555-0143 or 202.555.0143 or 202-555-0143.")).toEqual([
      "(202) 555-0143",
      "202.555.0143",
      "202-555-0143",
    ]);
    expect(valuesFoundBy(us, "Office 020 7946 0958")).toEqual([]);
    expect(valuesFoundBy(gb, "Office 020 7946 0958")).toEqual(["020 7946 0958"]);
  });

  it("reads only international numbers when the default region is unknown", () => {
    const unknown = createPhoneDetector("ZZ");
    expect(valuesFoundBy(unknown, "+1-202-555-0143 or (202) 555-0143")).toEqual(["+1-202-555-0143"]);
  });

  it("splits a run of numbers to find the phone number inside", () => {
    expect(valuesFoundBy(us, "ref 12 (202) 555-0143")).toEqual(["(202) 555-0143"]);
  });

  it("does not take order numbers, timestamps, versions, dates or IP addresses for phone numbers", () => {
    const text = [
      "order 123456789012",
      "id 2025550143",
      "at 1706659200 and 1706659200123",
      "2024-01-31 12:30:45",
      "31-01-1990",
      "v1.2.3.4 and 10.0.19041.1",
      "host 20.25.55.143",
      '{"id":202555014312,"n":"202555-0143x"}',
      "12:30:45",
    ].join("\n");
    expect(valuesFoundBy(us, text)).toEqual([]);
  });

  it("reads the widest common grouping but not columns of small numbers", () => {
    expect(valuesFoundBy(us, "Paris +33 1 23 45 67 89")).toEqual(["+33 1 23 45 67 89"]);
    expect(valuesFoundBy(us, "scores 2 0 2 5 5 5 0 1 4 3 and 20 2 5 5 5 0 1 4 3")).toEqual([]);
  });

  it("finds nothing in a number that libphonenumber says is not valid", () => {
    expect(valuesFoundBy(us, "call (123) 456-7890 or +1 000 000 0000")).toEqual([]);
  });
});
