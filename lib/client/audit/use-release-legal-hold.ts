"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

/** POST /api/v1/audit/holds/:id/release */
export function useReleaseLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ hold: LegalHoldView }>(`/api/v1/audit/holds/${encodeURIComponent(id)}/release`, {
        method: "POST",
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.holds }),
  });
}
