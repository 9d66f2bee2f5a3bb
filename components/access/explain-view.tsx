"use client";

import { Scale } from "lucide-react";
import { PageSkeleton } from "@/components/console/page-skeleton";
import { ExplainForm } from "@/components/access/explain-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { useAccessPrincipalLabel, type PrincipalRef } from "@/lib/client/access/use-access-principal";
import { useCan } from "@/lib/client/me/use-can";

const DESCRIPTION =
  "Would this user or API key be allowed a capability or a tool? The answer comes from the same decision the gateway makes, with the rule that decided.";

/** "Would this user or key be allowed this?" answered by the gateway's own decide(). */
export function ExplainView({ preset }: { preset: PrincipalRef | null }) {
  const canReadUsers = useCan("users:read");
  const canReadKeys = useCan("keys:read");
  // A preset the signed-in user may not list is ignored rather than half-shown.
  const readablePreset = preset && (preset.type === "user" ? canReadUsers : canReadKeys) ? preset : null;
  const presetLabel = useAccessPrincipalLabel(readablePreset);

  if (!canReadUsers && !canReadKeys) {
    return (
      <>
        <PageHeader title="Explain access" />
        <Panel>
          <EmptyState icon={Scale} title="Nobody to explain">
            Explaining access needs a user or API key to ask about, and your roles include listing neither
            (users:read or keys:read).
          </EmptyState>
        </Panel>
      </>
    );
  }
  if (readablePreset && presetLabel === undefined) return <PageSkeleton rows={3} />;

  return (
    <>
      <PageHeader title="Explain access" description={DESCRIPTION} />
      <ExplainForm
        canReadUsers={canReadUsers}
        canReadKeys={canReadKeys}
        initialPrincipal={readablePreset && presetLabel ? { ...readablePreset, label: presetLabel } : null}
      />
    </>
  );
}
