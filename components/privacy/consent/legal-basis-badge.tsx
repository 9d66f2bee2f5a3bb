import { Badge } from "@/components/ui/badge";
import { LEGAL_BASIS_INFO } from "@/lib/client/privacy/legal-basis-labels";
import type { LegalBasis } from "@/lib/privacy/consent/schemas";

/** The legal basis; "consent" stands out because only it is checked on every call. */
export function LegalBasisBadge({ basis }: { basis: LegalBasis }) {
  const info = LEGAL_BASIS_INFO[basis];
  return (
    <span title={info.explanation}>
      <Badge tone={basis === "consent" ? "info" : "neutral"}>{info.label}</Badge>
    </span>
  );
}
