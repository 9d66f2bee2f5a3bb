"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { requestSummaryPath } from "@/lib/client/privacy/requests/request-paths";
import type { RequestDeadlineSummary } from "@/lib/privacy/requests/request-types";

const REFRESH_MS = 60_000;

/** Open requests and how many are due soon or overdue (GET /api/v1/privacy/requests/summary). */
export function useRequestSummary({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.privacyRequests.summary,
    queryFn: ({ signal }) => apiFetch<RequestDeadlineSummary>(requestSummaryPath, { signal }),
    enabled,
    // Deadlines move with the clock, not only with changes.
    refetchInterval: REFRESH_MS,
  });
}
