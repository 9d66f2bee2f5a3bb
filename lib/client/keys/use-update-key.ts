"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { KeyView } from "@/lib/keys/key-view-type";
import type { UpdateApiKeyInput } from "@/lib/keys/schemas";
import { queryKeys } from "@/lib/client/query-keys";

/** PATCH /api/v1/keys/:id: rename a key or set its own rate limit. */
export function useUpdateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateApiKeyInput }) =>
      apiFetch<{ key: KeyView }>(`/api/v1/keys/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.keys }),
  });
}
