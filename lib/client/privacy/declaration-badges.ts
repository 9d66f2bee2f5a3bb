// A privacy declaration as compact badges for the tools table.
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import type { PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";
import { LEGAL_BASIS_INFO } from "@/lib/client/privacy/legal-basis-labels";

/** The tones of components/ui/badge that these use (lib may not import components). */
export type DeclarationBadgeTone = "warning" | "info" | "neutral";

export type DeclarationBadge = { key: string; label: string; title: string; tone: DeclarationBadgeTone };

/**
 * One badge per purpose, then one per data category. A purpose whose legal basis is consent reads
 * "consent: <key>" (the gateway checks each call's subject against the ledger for it); others show
 * their key, with the basis in the title. Without the purposes list (the reader may not hold
 * privacy:read) purposes show their key only. Nothing for an undeclared tool.
 */
export function declarationBadges(
  declaration: PrivacyDeclaration | null,
  purposes?: ReadonlyMap<string, Pick<PurposeView, "name" | "legalBasis">>,
): DeclarationBadge[] {
  if (!declaration) return [];
  const badges: DeclarationBadge[] = declaration.purposes.map((key) => {
    const purpose = purposes?.get(key);
    if (!purpose) return { key: `purpose:${key}`, label: key, title: `Purpose: ${key}`, tone: "info" };
    const basis = LEGAL_BASIS_INFO[purpose.legalBasis]?.label ?? purpose.legalBasis;
    const needsConsent = purpose.legalBasis === "consent";
    return {
      key: `purpose:${key}`,
      label: needsConsent ? `consent: ${key}` : key,
      title: `Purpose: ${purpose.name} (legal basis: ${basis})${needsConsent ? ". Calls need the person's consent." : ""}`,
      tone: needsConsent ? "warning" : "info",
    };
  });
  for (const category of declaration.categories)
    badges.push({
      key: `category:${category}`,
      label: category,
      title: `Touches ${category} data`,
      tone: "neutral",
    });
  return badges;
}
