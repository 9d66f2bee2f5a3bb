"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { requestPath } from "@/lib/client/privacy/requests/request-paths";
import type { PrivacyRequestDetailView } from "@/lib/privacy/requests/request-types";

/** How often an executing request is asked for its progress. */
const EXECUTING_POLL_MS = 2_000;
const ON_HOLD_POLL_MS = 10_000;

/**
 * One request with its timeline, exports and the actions the caller may take
 * (GET /api/v1/privacy/requests/:id); polled while it executes (progress, the end) or waits on a hold.
 */
export function useRequest(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.privacyRequests.detail(id),
    queryFn: ({ signal }) => apiFetch<{ request: PrivacyRequestDetailView }>(requestPath(id), { signal }),
    select: (data) => data.request,
    refetchInterval: (query) => {
      const request = query.state.data?.request;
      if (request?.state === "executing" || request?.exports.some((e) => e.status === "running"))
        return EXECUTING_POLL_MS;
      // A released hold lets the sweep continue the erasure, on the server's own time.
      return request?.state === "on_hold" ? ON_HOLD_POLL_MS : false;
    },
  });
  // The job ends on the server: when the polled state moves on, the list and the figures are stale too.
  const state = query.data?.state;
  useEffect(() => {
    if (!state) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.lists });
    void queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.summary });
  }, [state, queryClient]);
  return query;
}
