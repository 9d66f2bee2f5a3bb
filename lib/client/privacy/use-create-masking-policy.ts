"use client";

import { useMutation } from "@tanstack/react-query";
import type { CreateMaskingPolicyInput } from "@/lib/privacy/policies/schemas";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { useInvalidateMaskingPolicies } from "@/lib/client/privacy/use-invalidate-masking-policies";

/** POST /api/v1/privacy/masking-policies */
export function useCreateMaskingPolicy() {
  const invalidate = useInvalidateMaskingPolicies();
  return useMutation({
    mutationFn: (body: CreateMaskingPolicyInput) =>
      apiFetch<{ policy: MaskingPolicyView }>("/api/v1/privacy/masking-policies", { method: "POST", body }),
    onSuccess: invalidate,
  });
}
