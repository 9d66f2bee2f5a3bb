"use client";

import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * Tool changes move server tool counts too. The tools are awaited, so the mutation stays pending
 * until the lists show the change (no flicker back to the old state).
 */
export function useInvalidateToolsAndServers() {
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.servers.all });
    await queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
  };
}
