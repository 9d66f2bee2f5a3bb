"use client";

import { Inbox } from "lucide-react";
import { OverviewCard } from "@/components/overview/overview-card";
import { DeadlineSummary } from "@/components/privacy/requests/deadline-summary";
import { Skeleton } from "@/components/ui/skeleton";
import { requestsListHref } from "@/lib/client/privacy/requests/request-filters";
import { useRequestSummary } from "@/lib/client/privacy/requests/use-request-summary";

/** Data-subject requests by deadline (shown with privacy:read), each figure linking to the filtered list. */
export function RequestsCard() {
  const summary = useRequestSummary();
  return (
    <OverviewCard
      id="overview-requests"
      title="Data-subject requests"
      icon={Inbox}
      subtitle="Access and erasure, by deadline"
      link={{ href: requestsListHref(), label: "All requests" }}
    >
      {summary.data ? (
        <DeadlineSummary summary={summary.data} variant="figures" />
      ) : summary.isError ? (
        <p className="text-sm text-red-700 dark:text-red-400">
          Could not load the figures: {summary.error.message}
        </p>
      ) : (
        <div className="grid grid-cols-2 gap-3" aria-busy="true" aria-label="Loading">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      )}
    </OverviewCard>
  );
}
