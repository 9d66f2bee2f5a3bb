"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import type { IntegrityOverview, VerificationView } from "@/lib/audit/seal/integrity-types";

/** POST /api/v1/audit/integrity/verify: the result becomes the page's last verification at once. */
export function useVerifyChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ verification: VerificationView }>("/api/v1/audit/integrity/verify", { method: "POST" }),
    onSuccess: ({ verification }) => {
      queryClient.setQueryData<IntegrityOverview>(queryKeys.audit.integrity, (old) =>
        old ? { ...old, lastVerification: verification } : old,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.integrity });
    },
  });
}
