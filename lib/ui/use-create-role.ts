"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { RoleView, ToolGrant } from "@/lib/ui/api-types";
import { queryKeys } from "@/lib/ui/query-keys";

export type CreateRoleBody = {
  name: string;
  description: string;
  inherits: string | null;
  capabilities: string[];
  toolGrants: ToolGrant[];
  rateLimitPerMinute: number | null;
};

/** POST /api/v1/roles: a new custom role. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleBody) =>
      apiFetch<{ role: RoleView }>("/api/v1/roles", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.roles }),
  });
}
