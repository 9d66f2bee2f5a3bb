"use client";

import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";

/** Awaited, so a policy mutation stays pending until the table shows the change. */
export function useInvalidateMaskingPolicies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.maskingPolicies });
}
