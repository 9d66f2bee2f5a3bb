"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { CreateApiKeyInput } from "@/lib/keys/schemas";
import type { KeyView } from "@/lib/keys/key-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** POST /api/v1/keys; the answer carries the secret, which the server never shows again. */
export function useCreateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyInput) =>
      apiFetch<{ key: KeyView; secret: string }>("/api/v1/keys", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.keys });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
    },
  });
}
