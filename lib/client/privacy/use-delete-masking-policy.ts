"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { maskingPolicyPath } from "@/lib/client/privacy/privacy-paths";
import { useInvalidateMaskingPolicies } from "@/lib/client/privacy/use-invalidate-masking-policies";

/** DELETE /api/v1/privacy/masking-policies/:id */
export function useDeleteMaskingPolicy() {
  const invalidate = useInvalidateMaskingPolicies();
  return useMutation({
    mutationFn: (id: string) => apiFetch<unknown>(maskingPolicyPath(id), { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
