"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** How many events the export would hold now (GET /api/v1/audit/export/count). */
export function useExportCount(filtersQuery: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: queryKeys.auditExports.count(filtersQuery),
    queryFn: ({ signal }) =>
      apiFetch<{ count: number }>(`/api/v1/audit/export/count?${filtersQuery}`, { signal }),
    select: (data) => data.count,
    enabled: options.enabled,
  });
}
