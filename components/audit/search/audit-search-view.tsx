"use client";

import { RefreshCw, X } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { ExportButton } from "@/components/audit/export/export-button";
import { AuditEventPanel } from "@/components/audit/search/audit-event-panel";
import { AuditEventsTable } from "@/components/audit/search/audit-events-table";
import { AuditFiltersBar } from "@/components/audit/search/audit-filters-bar";
import { AuditSearchError } from "@/components/audit/search/audit-search-error";
import {
  OPEN_EVENT_PARAM,
  hasAuditFilters,
  readAuditFilters,
  readOpenEventId,
  toAuditSearchParams,
  type AuditUrlFilters,
} from "@/lib/client/audit/audit-url-state";
import { useAuditEvents } from "@/lib/client/audit/use-audit-events";
import { useAuditFacets } from "@/lib/client/audit/use-audit-facets";
import { useFacetIndex } from "@/lib/client/audit/use-facet-index";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

/** The audit trail, newest first: filters and the open event live in the URL, results follow as they change. */
export function AuditSearchView() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(
    () => readAuditFilters(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );
  /** The current filters as GET /api/v1/audit/events takes them (no paging): also what an export of this search needs. */
  const filtersQueryString = toAuditSearchParams(filters).toString();
  const openEventId = readOpenEventId(new URLSearchParams(searchParams.toString()));
  // Remounts the filter bar after a jump (clear, correlation link) so no field keeps a half-typed value.
  const [jumps, setJumps] = useState(0);

  const events = useAuditEvents(filtersQueryString);
  const facets = useAuditFacets();
  const names = useFacetIndex();
  const rows = useMemo(() => events.data?.pages.flatMap((page) => page.events), [events.data]);
  const isFiltered = hasAuditFilters(filters);

  function go(next: AuditUrlFilters, eventId: string | null, how: "replace" | "push" = "replace") {
    const params = toAuditSearchParams(next);
    if (eventId) params.set(OPEN_EVENT_PARAM, eventId);
    const url = params.size > 0 ? `${pathname}?${params}` : pathname;
    if (how === "push") router.push(url, { scroll: false });
    else router.replace(url, { scroll: false });
  }

  // Read the address bar at the moment of the change, not this render's copy: a debounced field may
  // apply its text after another filter has already changed the URL.
  const currentUrl = () => new URLSearchParams(window.location.search);
  const changeFilters = (patch: AuditUrlFilters) =>
    go({ ...readAuditFilters(currentUrl()), ...patch }, readOpenEventId(currentUrl()));
  const jumpTo = (next: AuditUrlFilters) => {
    setJumps((n) => n + 1);
    go(next, null, "push");
  };

  const shownCount = rows?.length ?? 0;
  const countText =
    rows === undefined
      ? ""
      : `${shownCount.toLocaleString()} ${shownCount === 1 ? "event" : "events"} shown${events.hasNextPage ? ", older events available" : ""}`;

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Sign-ins, changes and gateway calls, newest first. The filters are part of the address, so a search can be bookmarked or shared."
      />
      <AuditFiltersBar key={jumps} filters={filters} onChange={changeFilters} facets={facets.data} />

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="audit-count">
          {events.isFetching && !events.isFetchingNextPage ? "Searching…" : countText}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          {isFiltered ? (
            <Button variant="ghost" onClick={() => jumpTo({})}>
              <X aria-hidden="true" />
              Clear filters
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => void events.refetch()} disabled={events.isFetching}>
            <RefreshCw aria-hidden="true" />
            Refresh
          </Button>
          <ExportButton filtersQuery={filtersQueryString} />
        </div>
      </div>

      <AuditEventsTable
        events={rows}
        names={names}
        isFiltered={isFiltered}
        isStale={events.isPlaceholderData}
        openEventId={openEventId}
        onOpen={(id) => go(filters, String(id))}
        onClearFilters={() => jumpTo({})}
        error={
          events.isError ? (
            <AuditSearchError
              error={events.error}
              onRetry={() => void events.refetch()}
              onClearFilters={() => jumpTo({})}
            />
          ) : undefined
        }
      />

      {events.hasNextPage && !events.isError ? (
        <div className="mt-3 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void events.fetchNextPage()}
            disabled={events.isFetchingNextPage}
          >
            {events.isFetchingNextPage ? "Loading…" : "Load older events"}
          </Button>
        </div>
      ) : null}

      <AuditEventPanel
        eventId={openEventId}
        initial={rows?.find((e) => String(e.id) === openEventId)}
        names={names}
        onClose={() => go(filters, null)}
        onShowCorrelation={(correlationId) => jumpTo({ correlationId })}
        onShowActor={(actor) => jumpTo({ actor })}
      />
    </>
  );
}
