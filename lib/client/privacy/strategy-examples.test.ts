import { describe, expect, it } from "vitest";
import { POLICY_STRATEGIES } from "@/lib/privacy/policies/schemas";
import { kindLabel, STRATEGY_INFO, strategyExample } from "@/lib/client/privacy/strategy-examples";

describe("strategyExample", () => {
  it("shows an email under each strategy", () => {
    expect(POLICY_STRATEGIES.map((s) => strategyExample(s))).toEqual([
      "***",
      "j***@example.com",
      "<EMAIL#3f9a…>",
      "<EMAIL_7f3a9c01b2e4>",
      "(removed)",
      "values pass",
    ]);
  });

  it("keeps the last four digits of a phone number or SSN in the partial form", () => {
    expect(strategyExample("partial", "phone")).toBe("***-***-1234");
    expect(strategyExample("partial", "ssn")).toBe("***-***-6789");
    expect(strategyExample("partial", "card")).toBe("****1234");
  });

  it("names the kind in hashes and tokens", () => {
    expect(strategyExample("tokenize", "phone")).toBe("<PHONE_7f3a9c01b2e4>");
    expect(strategyExample("hash", "date_of_birth")).toBe("<DATE_OF_BIRTH#3f9a…>");
  });

  it("falls back to an email sample for a kind it has no sample of", () => {
    expect(strategyExample("partial", "employee_number")).toBe("j***@example.com");
  });

  it("describes every strategy", () => {
    for (const strategy of POLICY_STRATEGIES) expect(STRATEGY_INFO[strategy].label).not.toBe("");
  });
});

describe("kindLabel", () => {
  it("upper-cases and joins words with underscores", () => {
    expect(kindLabel("ipv4")).toBe("IPV");
    expect(kindLabel("Customer id")).toBe("CUSTOMER_ID");
    expect(kindLabel("--")).toBe("VALUE");
  });
});
