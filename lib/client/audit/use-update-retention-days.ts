"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { RetentionClassView } from "@/lib/audit/retention/retention-views";

/** PUT /api/v1/audit/retention/:key */
export function useUpdateRetentionDays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, days }: { key: string; days: number }) =>
      apiFetch<{ class: RetentionClassView }>(`/api/v1/audit/retention/${encodeURIComponent(key)}`, {
        method: "PUT",
        body: { days },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.retention }),
  });
}
