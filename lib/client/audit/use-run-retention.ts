"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { RetentionRunSummary } from "@/lib/audit/retention/retention-views";

/** POST /api/v1/audit/retention/run */
export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ run: RetentionRunSummary }>("/api/v1/audit/retention/run", { method: "POST" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.retention }),
  });
}
