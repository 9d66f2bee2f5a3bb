"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { UpdateUserInput } from "@/lib/users/schemas";
import type { UserView } from "@/lib/users/user-view-type";
import { queryKeys } from "@/lib/client/query-keys";

/** PATCH /api/v1/users/:id; refreshes users, roles and (if it was you) your own capabilities. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserInput }) =>
      apiFetch<{ user: UserView }>(`/api/v1/users/${encodeURIComponent(id)}`, { method: "PATCH", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
