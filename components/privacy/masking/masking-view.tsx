"use client";

import { MaskingPoliciesTable } from "@/components/privacy/masking/masking-policies-table";
import { MaskingPolicyDialog } from "@/components/privacy/masking/masking-policy-dialog";
import { PrecedenceNote } from "@/components/privacy/masking/precedence-note";
import { TokenLookupPanel } from "@/components/privacy/masking/token-lookup-panel";
import { PageHeader } from "@/components/ui/page-header";
import { useCan } from "@/lib/client/me/use-can";

/** Which callers see personal values in which tools' results and stored arguments, and how masked. */
export function MaskingView() {
  const canWrite = useCan("privacy:write");
  const canReveal = useCan("privacy:reveal");
  return (
    <>
      <PageHeader
        title="Masking"
        description="Policies decide how personal values found in tool results and stored arguments are masked, per tool and per role."
        actions={canWrite ? <MaskingPolicyDialog /> : null}
      />
      <div className="space-y-5">
        <PrecedenceNote />
        <MaskingPoliciesTable canWrite={canWrite} />
        {canReveal ? <TokenLookupPanel /> : null}
      </div>
    </>
  );
}
