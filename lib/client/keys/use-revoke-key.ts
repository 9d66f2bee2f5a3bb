"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { KeyView } from "@/lib/keys/key-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** DELETE /api/v1/keys/:id revokes the key; it stays listed with status "revoked". */
export function useRevokeKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ key: KeyView }>(`/api/v1/keys/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.keys });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
    },
  });
}
