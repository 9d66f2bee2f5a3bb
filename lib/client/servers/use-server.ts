"use client";

import { useQuery } from "@tanstack/react-query";
import type { ServerView } from "@/lib/servers/server-view";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { SERVER_REFRESH_MS } from "@/lib/client/servers/use-servers";

/** One server (GET /api/v1/servers/:id), kept live. */
export function useServer(id: string) {
  return useQuery({
    queryKey: queryKeys.servers.detail(id),
    queryFn: ({ signal }) =>
      apiFetch<{ server: ServerView }>(`/api/v1/servers/${encodeURIComponent(id)}`, { signal }),
    select: (data) => data.server,
    refetchInterval: SERVER_REFRESH_MS,
  });
}
