"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

export type ServerHealthCounts = {
  total: number;
  healthy: number;
  degraded: number;
  down: number;
  unknown: number;
  disabled: number;
};
export type GatewayCounts = { since: string; calls: number; denied: number; errors: number };
export type RecentEvent = {
  id: number;
  createdAt: string;
  category: string;
  action: string;
  result: string;
  actor: string | null;
  target: string | null;
};

/** Each section is present only when the signed-in user holds the capability behind it. */
export type Overview = {
  servers?: ServerHealthCounts;
  review?: { pendingTools: number };
  gateway?: GatewayCounts;
  recentEvents?: RecentEvent[];
};

const REFRESH_MS = 15_000;

/** GET /api/v1/overview, refreshed every 15 seconds while the page is open. */
export function useOverview() {
  return useQuery({
    queryKey: queryKeys.overview,
    queryFn: ({ signal }) => apiFetch<{ overview: Overview }>("/api/v1/overview", { signal }),
    select: (data) => data.overview,
    refetchInterval: REFRESH_MS,
    staleTime: REFRESH_MS,
  });
}
