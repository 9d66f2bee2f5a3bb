"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import type { UpdatePurposeInput } from "@/lib/privacy/consent/schemas";

/** PATCH /api/v1/purposes/:key (built-ins: the description only). */
export function useUpdatePurpose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: UpdatePurposeInput }) =>
      apiFetch<{ purpose: PurposeView }>(`/api/v1/purposes/${encodeURIComponent(key)}`, {
        method: "PATCH",
        body,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.purposes.all }),
  });
}
