"use client";

import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * Policies name detectors by id, so a detector change can change how the policies table reads:
 * refresh both. Awaited, so a mutation stays pending until the lists show the change.
 */
export function useInvalidateDetection() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.detectors }),
      queryClient.invalidateQueries({ queryKey: queryKeys.maskingPolicies }),
    ]);
  };
}
