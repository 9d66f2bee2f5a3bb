"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { IntegrityOverview, VerificationView } from "@/lib/audit/seal/integrity-types";

// Data for the integrity page: sealing status and the last verification, and "Verify now".

export const integrityQueryKey = ["audit", "integrity"] as const;

/** GET /api/v1/audit/integrity, refreshed every few seconds: events are sealed every two. */
export function useIntegrityOverview() {
  return useQuery({
    queryKey: integrityQueryKey,
    queryFn: ({ signal }) => apiFetch<IntegrityOverview>("/api/v1/audit/integrity", { signal }),
    refetchInterval: 3_000,
  });
}

/** POST /api/v1/audit/integrity/verify: the result becomes the page's last verification at once. */
export function useVerifyChain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ verification: VerificationView }>("/api/v1/audit/integrity/verify", { method: "POST" }),
    onSuccess: ({ verification }) => {
      queryClient.setQueryData<IntegrityOverview>(integrityQueryKey, (old) =>
        old ? { ...old, lastVerification: verification } : old,
      );
      void queryClient.invalidateQueries({ queryKey: integrityQueryKey });
    },
  });
}
