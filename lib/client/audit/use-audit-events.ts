"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { AuditEventView } from "@/lib/audit/event-view";
import { ApiError } from "@/lib/client/api-error";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

export type AuditEventsPage = { events: AuditEventView[]; nextCursor: number | null };

export const PAGE_SIZE = 50;

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
