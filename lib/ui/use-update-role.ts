"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { RoleView, ToolGrant } from "@/lib/ui/api-types";
import { queryKeys } from "@/lib/ui/query-keys";

/** The PATCH (and preview) body: built-in roles send only description, grants and limit. */
export type UpdateRoleBody = {
  description?: string;
  inherits?: string | null;
  capabilities?: string[];
  toolGrants?: ToolGrant[];
  rateLimitPerMinute?: number | null;
};

/** PATCH /api/v1/roles/:name, one audited change; your own capabilities may change with it. */
export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, body }: { name: string; body: UpdateRoleBody }) =>
      apiFetch<{ role: RoleView }>(`/api/v1/roles/${encodeURIComponent(name)}`, { method: "PATCH", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      void queryClient.invalidateQueries({ queryKey: queryKeys.overview });
    },
  });
}
