"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { DeadlineSummary } from "@/components/privacy/requests/deadline-summary";
import { NewRequestDialog } from "@/components/privacy/requests/new-request-dialog";
import { RequestFiltersBar } from "@/components/privacy/requests/request-filters-bar";
import { RequestsList } from "@/components/privacy/requests/requests-list";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useCan } from "@/lib/client/me/use-can";
import {
  parseRequestFilters,
  requestFiltersQuery,
  type RequestFilters,
} from "@/lib/client/privacy/requests/request-filters";
import { useRequestSummary } from "@/lib/client/privacy/requests/use-request-summary";

/** Requests: the deadline figures, the filtered list (filters in the URL) and "New request". */
export function RequestsView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseRequestFilters(new URLSearchParams(searchParams.toString()));
  const canReceive = useCan("privacy:request");
  const summary = useRequestSummary();

  function onFiltersChange(next: RequestFilters) {
    const query = requestFiltersQuery(next);
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <>
      <PageHeader
        title="Requests"
        description="People's requests to see (access) or erase (erasure) their data. Each is due 30 days after receipt unless extended; a second person approves what the first received or verified."
        actions={canReceive ? <NewRequestDialog /> : null}
      />
      <div className="mb-6">
        {summary.data ? (
          <DeadlineSummary summary={summary.data} />
        ) : summary.isError ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Could not load the deadline figures: {summary.error.message}
          </p>
        ) : (
          <div
            className="grid grid-cols-2 gap-3 sm:grid-cols-4"
            aria-busy="true"
            aria-label="Loading deadlines"
          >
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-14 w-full" />
            ))}
          </div>
        )}
      </div>
      <RequestFiltersBar filters={filters} onChange={onFiltersChange} />
      <RequestsList filters={filters} canReceive={canReceive} />
    </>
  );
}
