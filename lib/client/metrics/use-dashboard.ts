"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import {
  dashboardQueryString,
  isLiveRange,
  type DashboardParams,
} from "@/lib/client/metrics/dashboard-params";

export const LIVE_REFRESH_MS = 5_000;

/**
 * One dashboard from /api/v1/metrics/…: refetched every 5 s while its range is live and not
 * paused; the previous figures stay on screen while the next ones load (no flicker, no reload).
 */
export function useDashboard<T>(path: string, params: DashboardParams, isPaused: boolean) {
  const query = dashboardQueryString(params);
  const isLive = isLiveRange(params) && !isPaused;
  return useQuery({
    queryKey: ["metrics", path, query],
    queryFn: ({ signal }) => apiFetch<{ dashboard: T }>(`${path}?${query}`, { signal }),
    select: (data) => data.dashboard,
    refetchInterval: isLive ? LIVE_REFRESH_MS : false,
    placeholderData: (previous) => previous,
  });
}
