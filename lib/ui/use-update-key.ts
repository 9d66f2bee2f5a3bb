"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { KeyView } from "@/lib/ui/api-types";
import { queryKeys } from "@/lib/ui/query-keys";

/** rateLimitPerMinute null: the key goes back to its roles' limit (or the gateway default). */
export type UpdateKeyBody = { name?: string; rateLimitPerMinute?: number | null };

/** PATCH /api/v1/keys/:id: rename a key or set its own rate limit. */
export function useUpdateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateKeyBody }) =>
      apiFetch<{ key: KeyView }>(`/api/v1/keys/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.keys }),
  });
}
