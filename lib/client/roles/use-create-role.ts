"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { RoleView } from "@/lib/roles/role-view-type";
import type { CreateRoleInput } from "@/lib/roles/schemas";
import { queryKeys } from "@/lib/client/query-keys";

/** POST /api/v1/roles: a new custom role. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleInput) =>
      apiFetch<{ role: RoleView }>("/api/v1/roles", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.roles }),
  });
}
