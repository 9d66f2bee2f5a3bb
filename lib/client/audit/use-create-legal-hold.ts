"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { CreateLegalHoldInput } from "@/lib/audit/retention/schemas";
import type { LegalHoldView } from "@/lib/audit/retention/retention-views";

/** POST /api/v1/audit/holds */
export function useCreateLegalHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLegalHoldInput) =>
      apiFetch<{ hold: LegalHoldView }>("/api/v1/audit/holds", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.audit.holds }),
  });
}
