"use client";

import { useMutation } from "@tanstack/react-query";
import type { CreateMaskingPolicyInput } from "@/lib/privacy/policies/schemas";
import type { MaskingPolicyView } from "@/lib/privacy/policies/policy-view-type";
import { apiFetch } from "@/lib/client/api-fetch";
import { maskingPolicyPath } from "@/lib/client/privacy/privacy-paths";
import { useInvalidateMaskingPolicies } from "@/lib/client/privacy/use-invalidate-masking-policies";

/** PATCH /api/v1/privacy/masking-policies/:id: edit a policy or switch it on or off. */
export function useUpdateMaskingPolicy() {
  const invalidate = useInvalidateMaskingPolicies();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<CreateMaskingPolicyInput> }) =>
      apiFetch<{ policy: MaskingPolicyView }>(maskingPolicyPath(id), { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}
