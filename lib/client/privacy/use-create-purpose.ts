"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { PurposeView } from "@/lib/privacy/consent/consent-view-type";
import type { CreatePurposeInput } from "@/lib/privacy/consent/schemas";

/** POST /api/v1/purposes. */
export function useCreatePurpose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePurposeInput) =>
      apiFetch<{ purpose: PurposeView }>("/api/v1/purposes", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.purposes.all }),
  });
}
