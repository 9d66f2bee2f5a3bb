"use client";

import { ConfirmMutationButton } from "@/components/ui/confirm-mutation-button";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast-context";
import { useRecordConsent } from "@/lib/client/privacy/use-record-consent";

export type WithdrawConsentButtonProps = { subjectId: string; purpose: string; purposeName: string };

/** Appends a withdrawal for one purpose, after saying what it stops. */
export function WithdrawConsentButton({ subjectId, purpose, purposeName }: WithdrawConsentButtonProps) {
  const record = useRecordConsent();
  const toast = useToast();

  async function confirm() {
    await record.mutateAsync({ subject: { id: subjectId }, purpose, decision: "withdrawn" });
    toast.success(`Withdrawn: ${purposeName} for ${subjectId}.`);
  }

  return (
    <ConfirmMutationButton
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Withdraw consent to ${purposeName}`}>
          Withdraw
        </Button>
      }
      title={`Withdraw consent to ${purposeName}?`}
      description="From the next call on, the gateway refuses tools that need this purpose for this person (in every Gatehouse process within 2 seconds). The grant stays in the history."
      confirmLabel="Withdraw consent"
      pendingLabel="Withdrawing…"
      isPending={record.isPending}
      onConfirm={confirm}
    />
  );
}
