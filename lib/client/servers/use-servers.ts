"use client";

import { useQuery } from "@tanstack/react-query";
import type { ServerView } from "@/lib/servers/server-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Health, breaker and bulkhead change on their own: poll while the page is open. */
export const SERVER_REFRESH_MS = 5000;

/** Upstream servers with health, breaker state and tool counts (GET /api/v1/servers), kept live. */
export function useServers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.servers.list,
    queryFn: ({ signal }) => apiFetch<{ servers: ServerView[] }>("/api/v1/servers", { signal }),
    select: (data) => data.servers,
    refetchInterval: SERVER_REFRESH_MS,
    enabled: options.enabled ?? true,
  });
}
