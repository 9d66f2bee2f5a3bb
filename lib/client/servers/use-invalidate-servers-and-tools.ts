"use client";

import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";

/** A server change can add, hold or remove tools: refresh both. */
export function useInvalidateServersAndTools() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.servers.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
  };
}
