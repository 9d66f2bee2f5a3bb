"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { RoleView } from "@/lib/roles/role-view-type";
import type { UpdateRoleInput } from "@/lib/roles/schemas";
import { queryKeys } from "@/lib/client/query-keys";

/** PATCH /api/v1/roles/:name, one audited change; your own capabilities may change with it. */
export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, body }: { name: string; body: UpdateRoleInput }) =>
      apiFetch<{ role: RoleView }>(`/api/v1/roles/${encodeURIComponent(name)}`, { method: "PATCH", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.overview });
    },
  });
}
