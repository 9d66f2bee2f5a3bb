"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { ToolView } from "@/lib/tools/tool-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { toToolSearchParams, type ToolFilters } from "@/lib/client/tools/tool-filters";

export type ToolPage = { tools: ToolView[]; nextCursor: string | null };

export const PAGE_SIZE = 50;

export type UseToolsOptions = { refetchIntervalMs?: number };

/** Tools matching the filters, a page at a time (GET /api/v1/tools, cursor pagination). */
export function useTools(filters: ToolFilters, options: UseToolsOptions = {}) {
  return useInfiniteQuery({
    queryKey: queryKeys.tools.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = toToolSearchParams(filters);
      params.set("limit", String(PAGE_SIZE));
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<ToolPage>(`/api/v1/tools?${params}`, { signal });
    },
    getNextPageParam: (last) => last.nextCursor,
    // Keep the current rows while a new search or filter loads.
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchIntervalMs,
  });
}
