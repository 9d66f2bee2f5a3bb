"use client";

import { useQuery } from "@tanstack/react-query";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";

/** Every masking policy (GET /api/v1/privacy/masking-policies). */
export function useMaskingPolicies() {
  return useQuery({
    queryKey: queryKeys.maskingPolicies,
    queryFn: ({ signal }) =>
      apiFetch<{ policies: MaskingPolicyView[] }>("/api/v1/privacy/masking-policies", { signal }),
    select: (data) => data.policies,
  });
}
