import { describe, expect, it } from "vitest";
import { declarationBadges } from "@/lib/client/privacy/declaration-badges";

const declaration = {
  purposes: ["marketing", "essential", "custom_thing"],
  categories: ["contact" as const, "financial" as const],
  identifyingArguments: ["email"],
  requiresSubject: true,
};

const purposes = new Map([
  ["marketing", { name: "Marketing", legalBasis: "consent" as const }],
  ["essential", { name: "Essential", legalBasis: "contract" as const }],
]);

describe("declarationBadges", () => {
  it("marks purposes that need consent, then lists categories", () => {
    expect(declarationBadges(declaration, purposes).map((b) => [b.label, b.tone])).toEqual([
      ["consent: marketing", "warning"],
      ["essential", "info"],
      ["custom_thing", "info"],
      ["contact", "neutral"],
      ["financial", "neutral"],
    ]);
  });

  it("names the legal basis in the title", () => {
    const [marketing, essential] = declarationBadges(declaration, purposes);
    expect(marketing.title).toBe(
      "Purpose: Marketing (legal basis: Consent). Calls need the person's consent.",
    );
    expect(essential.title).toBe("Purpose: Essential (legal basis: Contract)");
  });

  it("shows purpose keys alone without the purposes list", () => {
    expect(
      declarationBadges(declaration)
        .slice(0, 3)
        .map((b) => b.label),
    ).toEqual(["marketing", "essential", "custom_thing"]);
  });

  it("shows nothing for an undeclared tool", () => {
    expect(declarationBadges(null, purposes)).toEqual([]);
  });
});
