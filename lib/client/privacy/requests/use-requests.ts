"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { requestFiltersQuery, type RequestFilters } from "@/lib/client/privacy/requests/request-filters";
import { requestsPath } from "@/lib/client/privacy/requests/request-paths";
import type { PrivacyRequestView } from "@/lib/privacy/requests/request-types";

type RequestsPage = { requests: PrivacyRequestView[]; nextCursor: string | null };

const PAGE_SIZE = 50;

/** Data-subject requests, a page at a time (GET /api/v1/privacy/requests, cursor pagination). */
export function useRequests(filters: RequestFilters) {
  const filtersQuery = requestFiltersQuery(filters);
  return useInfiniteQuery({
    queryKey: queryKeys.privacyRequests.list(filtersQuery),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(filtersQuery);
      params.set("limit", String(PAGE_SIZE));
      if (pageParam !== null) params.set("cursor", pageParam);
      return apiFetch<RequestsPage>(`${requestsPath}?${params}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    // Keep the rows on screen while another filter loads.
    placeholderData: keepPreviousData,
  });
}
