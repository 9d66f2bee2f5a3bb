"use client";

import { useQuery } from "@tanstack/react-query";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** One tool with its version history and, when held, the pending definition and diff. */
export function useTool(id: string) {
  return useQuery({
    queryKey: queryKeys.tools.detail(id),
    queryFn: ({ signal }) =>
      apiFetch<{ tool: ToolDetail }>(`/api/v1/tools/${encodeURIComponent(id)}`, { signal }),
    select: (data) => data.tool,
  });
}
