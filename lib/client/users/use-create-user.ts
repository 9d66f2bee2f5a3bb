"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { CreateUserInput } from "@/lib/users/schemas";
import type { UserView } from "@/lib/users/user-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** POST /api/v1/users; refreshes the user list and role member counts. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserInput) =>
      apiFetch<{ user: UserView }>("/api/v1/users", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
    },
  });
}
