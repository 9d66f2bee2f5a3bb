"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { serverPath } from "@/lib/client/servers/server-path";

/** DELETE /api/v1/servers/:id: the server and its tools go. */
export function useDeleteServer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(serverPath(id), { method: "DELETE" }),
    onSuccess: (_data, id) => {
      // The detail query would 404 on its next poll; drop it instead.
      queryClient.removeQueries({ queryKey: queryKeys.servers.detail(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.servers.list });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tools.all });
    },
  });
}
