"use client";

import { LoadError } from "@/components/console/load-error";
import { TableSkeleton } from "@/components/console/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { useCan } from "@/lib/client/me/use-can";
import { LastRunSummary } from "@/components/audit/retention/last-run-summary";
import { LegalHoldsSection } from "@/components/audit/retention/legal-holds-section";
import { RetentionClassesTable } from "@/components/audit/retention/retention-classes-table";
import { RunRetentionButton } from "@/components/audit/retention/run-retention-button";
import { useRetention } from "@/lib/client/audit/use-retention";

/** How long the audit trail keeps each kind of event, the last retention run, and legal holds. */
export function RetentionView() {
  const retention = useRetention();
  const canWrite = useCan("retention:write");

  return (
    <>
      <PageHeader
        title="Retention"
        description="Sealed events are purged daily once older than their class allows. Deletions leave tombstones, so the integrity chain still verifies."
        actions={canWrite ? <RunRetentionButton /> : null}
      />
      {retention.isError ? (
        <LoadError error={retention.error} onRetry={() => void retention.refetch()} />
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="retention-classes-heading" className="space-y-3">
            <h2
              id="retention-classes-heading"
              className="text-base font-semibold text-zinc-900 dark:text-zinc-50"
            >
              Retention classes
            </h2>
            <Panel className="overflow-hidden">
              {retention.isPending ? (
                <TableSkeleton />
              ) : (
                <RetentionClassesTable classes={retention.data.classes} canWrite={canWrite} />
              )}
            </Panel>
          </section>
          <section aria-labelledby="retention-last-run-heading" className="space-y-3">
            <h2
              id="retention-last-run-heading"
              className="text-base font-semibold text-zinc-900 dark:text-zinc-50"
            >
              Last run
            </h2>
            <Panel>
              {retention.isPending ? (
                <TableSkeleton />
              ) : (
                <LastRunSummary lastRun={retention.data.lastRun} classes={retention.data.classes} />
              )}
            </Panel>
          </section>
          <LegalHoldsSection canWrite={canWrite} />
        </div>
      )}
    </>
  );
}
