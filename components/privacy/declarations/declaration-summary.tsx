"use client";

import { Badge } from "@/components/ui/badge";
import { DetailList } from "@/components/ui/detail-list";
import { Muted } from "@/components/ui/muted";
import type { PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";
import { LEGAL_BASIS_INFO } from "@/lib/client/privacy/legal-basis-labels";
import { useCan } from "@/lib/client/me/use-can";
import { usePurposeOptions } from "@/lib/client/privacy/use-purpose-options";

const none = <Muted>None</Muted>;

/** A declaration read-only: purposes with their legal basis, categories, arguments, subject rule. */
export function DeclarationSummary({ declaration }: { declaration: PrivacyDeclaration }) {
  const canReadPurposes = useCan("privacy:read");
  const purposes = usePurposeOptions({ enabled: canReadPurposes });
  const byKey = new Map((purposes.data ?? []).map((p) => [p.key, p]));

  return (
    <DetailList
      className="grid-cols-[11rem_minmax(0,1fr)]"
      items={[
        {
          label: "Purposes",
          value:
            declaration.purposes.length === 0 ? (
              none
            ) : (
              <span className="flex flex-wrap gap-1.5">
                {declaration.purposes.map((key) => {
                  const purpose = byKey.get(key);
                  return (
                    <span key={key} className="inline-flex items-center gap-1">
                      <code className="font-mono text-[13px]">{key}</code>
                      {purpose ? (
                        <Badge tone={purpose.legalBasis === "consent" ? "warning" : "neutral"}>
                          {LEGAL_BASIS_INFO[purpose.legalBasis].label}
                        </Badge>
                      ) : null}
                    </span>
                  );
                })}
              </span>
            ),
        },
        {
          label: "Data categories",
          value: declaration.categories.length === 0 ? none : declaration.categories.join(", "),
        },
        {
          label: "Identifying arguments",
          value:
            declaration.identifyingArguments.length === 0 ? (
              none
            ) : (
              <span className="font-mono text-[13px]">{declaration.identifyingArguments.join(", ")}</span>
            ),
        },
        { label: "Requires a subject", value: declaration.requiresSubject ? "Yes" : "No" },
      ]}
    />
  );
}
