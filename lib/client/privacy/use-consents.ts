"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { consentFiltersQuery, type ConsentFilters } from "@/lib/client/privacy/consent-filters";
import type { ConsentRecordView } from "@/lib/privacy/consent/consent-view-type";

type ConsentPage = { records: ConsentRecordView[]; nextCursor: number | null };

const PAGE_SIZE = 50;

/** The consent ledger, newest first, a page at a time (GET /api/v1/consents, cursor pagination). */
export function useConsents(filters: ConsentFilters) {
  const filtersQuery = consentFiltersQuery(filters);
  return useInfiniteQuery({
    queryKey: queryKeys.consents.list(filtersQuery),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(filtersQuery);
      params.set("limit", String(PAGE_SIZE));
      if (pageParam !== null) params.set("cursor", String(pageParam));
      return apiFetch<ConsentPage>(`/api/v1/consents?${params}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    // Keep the rows on screen while another filter loads.
    placeholderData: keepPreviousData,
  });
}
