"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";
import type { UserView } from "@/lib/ui/api-types";
import { queryKeys } from "@/lib/ui/query-keys";

export type CreateUserBody = { email: string; name?: string; password: string; roles: string[] };

/** POST /api/v1/users; refreshes the user list and role member counts. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) =>
      apiFetch<{ user: UserView }>("/api/v1/users", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
    },
  });
}
