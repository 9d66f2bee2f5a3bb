"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** DELETE /api/v1/purposes/:key: custom purposes without records only (409 otherwise). */
export function useDeletePurpose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      apiFetch<null>(`/api/v1/purposes/${encodeURIComponent(key)}`, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.purposes.all }),
  });
}
