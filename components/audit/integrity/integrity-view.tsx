"use client";

import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { SealingStatusSummary } from "@/components/audit/integrity/sealing-status-summary";
import { VerificationResult } from "@/components/audit/integrity/verification-result";
import { VerifyNowButton } from "@/components/audit/integrity/verify-now-button";
import { useIntegrityOverview } from "@/lib/client/audit/use-integrity-overview";

/** Sealing progress and chain verification for the audit trail. */
export function IntegrityView() {
  const overview = useIntegrityOverview();

  return (
    <>
      <PageHeader
        title="Integrity"
        description="Events are sealed in order within seconds; each seal covers its events and the seal before it."
        actions={<VerifyNowButton />}
      />
      {overview.isError && !overview.data ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="integrity-sealing-heading" className="space-y-3">
            <h2
              id="integrity-sealing-heading"
              className="text-base font-semibold text-zinc-900 dark:text-zinc-50"
            >
              Sealing
            </h2>
            <Panel>
              {overview.data ? <SealingStatusSummary sealing={overview.data.sealing} /> : <TableSkeleton />}
            </Panel>
          </section>
          <section aria-labelledby="integrity-verification-heading" aria-live="polite" className="space-y-3">
            <h2
              id="integrity-verification-heading"
              className="text-base font-semibold text-zinc-900 dark:text-zinc-50"
            >
              Last verification
            </h2>
            <Panel>
              {overview.data ? (
                <VerificationResult verification={overview.data.lastVerification} />
              ) : (
                <TableSkeleton />
              )}
            </Panel>
          </section>
        </div>
      )}
    </>
  );
}
