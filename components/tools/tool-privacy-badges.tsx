import { Badge } from "@/components/ui/badge";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { declarationBadges } from "@/lib/client/privacy/declaration-badges";
import { readToolPrivacy } from "@/lib/client/privacy/privacy-of-view";

const MAX_SHOWN = 3;

/** The tool's declared purposes and data categories, compact; nothing when it declares none. */
export function ToolPrivacyBadges({
  tool,
  purposes,
}: {
  tool: ToolView;
  purposes?: ReadonlyMap<string, Pick<PurposeView, "name" | "legalBasis">>;
}) {
  const { declaration, source } = readToolPrivacy(tool);
  const badges = declarationBadges(declaration, purposes);
  if (badges.length === 0) return null;
  const inherited = source === "server" ? " (inherited from the server)" : "";
  const hidden = badges.slice(MAX_SHOWN);
  return (
    <span className="flex flex-wrap gap-1">
      {badges.slice(0, MAX_SHOWN).map((badge) => (
        <span key={badge.key} title={`${badge.title}${inherited}`}>
          <Badge tone={badge.tone}>{badge.label}</Badge>
        </span>
      ))}
      {hidden.length > 0 ? (
        <span title={hidden.map((b) => b.label).join(", ")}>
          <Badge>+{hidden.length}</Badge>
          <span className="sr-only">: {hidden.map((b) => b.label).join(", ")}</span>
        </span>
      ) : null}
    </span>
  );
}
