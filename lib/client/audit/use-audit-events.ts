"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { AuditEventView } from "@/lib/audit/event-view";
import { ApiError } from "@/lib/client/api-error";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

export type AuditEventsPage = { events: AuditEventView[]; nextCursor: number | null };

const PAGE_SIZE = 50;

/** Events matching the filters (a query string), newest first, a page at a time via nextCursor. */
export function useAuditEvents(filtersQueryString: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit.events(filtersQueryString),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(filtersQueryString);
      params.set("limit", String(PAGE_SIZE));
      if (pageParam !== null) params.set("before", String(pageParam));
      return apiFetch<AuditEventsPage>(`/api/v1/audit/events?${params}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    // Keep the current rows on screen while a refined search loads.
    placeholderData: keepPreviousData,
    // A bad parameter (400) will not fix itself on retry.
    retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status === 400),
  });
}

/** One event for the detail panel; the row already on screen shows at once while it loads. */
export function useAuditEvent(id: string | null, initial: AuditEventView | undefined) {
  return useQuery({
    queryKey: queryKeys.audit.event(id ?? ""),
    queryFn: ({ signal }) =>
      apiFetch<{ event: AuditEventView }>(`/api/v1/audit/events/${encodeURIComponent(id ?? "")}`, { signal }),
    select: (data) => data.event,
    enabled: id !== null,
    initialData: initial ? { event: initial } : undefined,
    // Events never change once written (retention aside): no need to refetch what is shown.
    staleTime: 5 * 60_000,
    retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status === 404),
  });
}
