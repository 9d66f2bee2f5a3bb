"use client";

import { useMutation } from "@tanstack/react-query";
import type { ToolSyncSummary } from "@/lib/tools/sync-tools";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateServersAndTools } from "@/lib/client/servers/use-invalidate-servers-and-tools";
import { serverPath } from "@/lib/client/servers/server-path";

/** POST /api/v1/servers/:id/refresh: list the server's tools now; 502 with the reason when it cannot. */
export function useRefreshServer() {
  const invalidate = useInvalidateServersAndTools();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ summary: ToolSyncSummary }>(`${serverPath(id)}/refresh`, { method: "POST" }),
    onSuccess: invalidate,
  });
}
