import { describe, expect, it } from "vitest";
import {
  consentFiltersQuery,
  hasConsentFilters,
  NO_CONSENT_FILTERS,
} from "@/lib/client/privacy/consent-filters";

describe("consentFiltersQuery", () => {
  it("is empty without filters", () => {
    expect(consentFiltersQuery(NO_CONSENT_FILTERS)).toBe("");
  });

  it("maps each filter to the API's parameter in a stable order", () => {
    expect(
      consentFiltersQuery({
        isCurrentOnly: true,
        decision: "withdrawn",
        purpose: "marketing",
        subjectId: "ds_abcdefgh",
      }),
    ).toBe("subjectId=ds_abcdefgh&purpose=marketing&decision=withdrawn&current=true");
  });

  it("leaves out current when every record is wanted", () => {
    expect(consentFiltersQuery({ ...NO_CONSENT_FILTERS, decision: "granted" })).toBe("decision=granted");
  });
});

describe("hasConsentFilters", () => {
  it("ignores the subject, which the page sets, not the person filtering", () => {
    expect(hasConsentFilters({ ...NO_CONSENT_FILTERS, subjectId: "ds_abcdefgh" })).toBe(false);
    expect(hasConsentFilters({ ...NO_CONSENT_FILTERS, isCurrentOnly: true })).toBe(true);
  });
});
