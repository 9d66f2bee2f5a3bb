"use client";

import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * After consent records are written: the ledger, the purposes' record counts and the subjects'
 * consents in force all change (and a new person may have been registered on the way).
 */
export function useInvalidateConsent(): () => void {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.consents.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.purposes.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.subjects.all });
  };
}
